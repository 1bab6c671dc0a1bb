package com.example.account;

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
