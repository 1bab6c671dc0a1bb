package com.example.login;

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
