package com.example.account;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class AccountController {

    private static final Set<String> ALLOWED_RETURNS = Set.of("/account", "/orders");
    private static final Map<String, String> APPS = Map.of("shop", "https://shop.example.com/", "help", "https://help.example.com/");

    @PostMapping("/login")
    public String login(@RequestParam String username, @RequestParam("returnUrl") String returnUrl) {
        // ruleid: java.web.redirect.spring-redirect
        return "redirect:" + returnUrl;
    }

    @GetMapping("/logout")
    public ModelAndView logout(@RequestHeader("Referer") String referer) {
        String target = referer.trim();
        // ruleid: java.web.redirect.spring-redirect
        return new ModelAndView("redirect:" + target);
    }

    @GetMapping("/continue")
    public RedirectView cont(@RequestParam String url) {
        // ruleid: java.web.redirect.spring-redirect
        return new RedirectView(url);
    }

    @GetMapping("/sso")
    public ResponseEntity<Void> sso(@RequestParam String callback) {
        // ruleid: java.web.redirect.spring-redirect
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(callback)).build();
    }

    @PostMapping("/signup")
    public String signup(SignupForm form) {
        // ruleid: java.web.redirect.spring-redirect
        return "redirect:" + form.getOnboardingUrl();
    }

    static class SignupForm {
        private String onboardingUrl;
        public String getOnboardingUrl() { return onboardingUrl; }
    }

    @GetMapping("/switch")
    public ResponseEntity<Void> switchApp(@RequestParam String app) {
        HttpHeaders headers = new HttpHeaders();
        String dest = APPS.getOrDefault(app, "https://www.example.com/");
        // ok: java.web.redirect.spring-redirect
        headers.setLocation(URI.create(dest));
        return new ResponseEntity<>(headers, HttpStatus.FOUND);
    }

    @PostMapping("/login-safe")
    public String loginSafe(@RequestParam("returnUrl") String returnUrl) {
        if (!ALLOWED_RETURNS.contains(returnUrl)) {
            return "redirect:/account";
        }
        // ok: java.web.redirect.spring-redirect
        return "redirect:" + returnUrl;
    }

    @GetMapping("/orders/open")
    public String order(@RequestParam("id") long id, @RequestParam String tab) {
        // ok: java.web.redirect.spring-redirect
        return "redirect:/orders/" + id + "?tab=" + tab;
    }
}

/** Helper parameters, dead code and allow-list guards. */
class RedirectSpringGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.web.redirect.spring-redirect
        String view = "redirect:" + value;
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.web.redirect.spring-redirect
        String view = "redirect:" + value;
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
            // ok: java.web.redirect.spring-redirect
            String view = "redirect:" + value;
        } else {
            // ruleid: java.web.redirect.spring-redirect
            String view = "redirect:" + value;
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.web.redirect.spring-redirect
        String view = "redirect:" + value;
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.web.redirect.spring-redirect
        String view = "redirect:" + value;
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.web.redirect.spring-redirect
        String view = "redirect:" + String.valueOf(valid);
    }
}
