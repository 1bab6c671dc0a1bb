package com.example.login;

import java.util.regex.Pattern;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class LoginRedirectServlet extends HttpServlet {

    private static final Set<String> TARGETS = Set.of("/dashboard", "/settings", "/billing");
    private static final Map<String, String> PARTNERS = Map.of("acme", "https://acme.example.com/sso", "globex", "https://globex.example.com/sso");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String next = request.getParameter("next");
        // ruleid: java.web.redirect.servlet-send-redirect
        response.sendRedirect(next);
    }

    void afterLogout(HttpServletRequest request, HttpServletResponse response) {
        String returnTo = request.getHeader("X-Return-To");
        response.setStatus(302);
        // ruleid: java.web.redirect.servlet-send-redirect
        response.setHeader("Location", returnTo);
    }

    void partner(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = buildTarget(request.getParameter("host"), request.getParameter("path"));
        // ruleid: java.web.redirect.servlet-send-redirect
        response.sendRedirect(target);
    }

    private static String buildTarget(String host, String path) {
        return "https://" + host + "/" + path;
    }

    void safeNext(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        if (!TARGETS.contains(next)) {
            next = "/dashboard";
        }
        // ok: java.web.redirect.servlet-send-redirect
        response.sendRedirect(next);
    }

    void safePartner(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = PARTNERS.getOrDefault(request.getParameter("partner"), "/");
        // ok: java.web.redirect.servlet-send-redirect
        response.sendRedirect(url);
    }

    void loginWithReturn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8);
        // ok: java.web.redirect.servlet-send-redirect
        response.sendRedirect("/login?next=" + next);
    }
}

@RestController
class ShortLinkController {

    @GetMapping("/go")
    public void go(@RequestParam("to") String to, HttpServletResponse response) throws IOException {
        // ruleid: java.web.redirect.servlet-send-redirect
        response.sendRedirect(to);
    }

    @GetMapping("/docs")
    public void docs(@RequestParam("page") String page, HttpServletResponse response) throws IOException {
        // ok: java.web.redirect.servlet-send-redirect
        response.sendRedirect("/help/articles/" + page);
    }
}

/** Helper parameters, dead code and allow-list guards. */
class RedirectServletGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.web.redirect.servlet-send-redirect
        response.sendRedirect(value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.web.redirect.servlet-send-redirect
        response.sendRedirect(value);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            fixtureHelper(request.getParameter("v"), request, response);
            fixtureConstHelper("fixed", request, response);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** The DEBUG_ONLY branch cannot run; the else branch can. */
    void deadCode(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (DEBUG_ONLY) {
            // ok: java.web.redirect.servlet-send-redirect
            response.sendRedirect(value);
        } else {
            // ruleid: java.web.redirect.servlet-send-redirect
            response.sendRedirect(value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.web.redirect.servlet-send-redirect
        response.sendRedirect(value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.web.redirect.servlet-send-redirect
        response.sendRedirect(value);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.web.redirect.servlet-send-redirect
        response.sendRedirect(String.valueOf(valid));
    }
}
