package com.example.session;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

public class RememberMeServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = UUID.randomUUID().toString();
        Cookie remember = new Cookie("remember_me", token);
        remember.setPath("/");
        remember.setMaxAge(60 * 60 * 24 * 30);
        remember.setSecure(true);
        // ruleid: java.web.cookie.missing-httponly
        response.addCookie(remember);
    }

    void language(HttpServletResponse response, String lang) {
        // ruleid: java.web.cookie.missing-httponly
        response.addCookie(new Cookie("lang", lang));
    }

    void downgraded(HttpServletResponse response, String sessionId) {
        Cookie sid = new Cookie("SID", sessionId);
        sid.setHttpOnly(false);
        sid.setSecure(true);
        // ruleid: java.web.cookie.missing-httponly
        response.addCookie(sid);
    }

    void hardened(HttpServletResponse response, String sessionId) {
        Cookie sid = new Cookie("SID", sessionId);
        sid.setSecure(true);
        sid.setHttpOnly(true);
        sid.setPath("/");
        // ok: java.web.cookie.missing-httponly
        response.addCookie(sid);
    }

    void logout(HttpServletResponse response) {
        Cookie expired = new Cookie("remember_me", "");
        expired.setMaxAge(0);
        expired.setPath("/");
        // ok: java.web.cookie.missing-httponly
        response.addCookie(expired);
    }

    void behindProxy(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        Cookie sid = new Cookie("SID", sessionId);
        sid.setHttpOnly(request.isSecure() || "https".equals(request.getHeader("X-Forwarded-Proto")));
        sid.setSecure(true);
        // ok: java.web.cookie.missing-httponly
        response.addCookie(sid);
    }
}

@RestController
class ConsentController {

    @PostMapping("/consent")
    public void consent(jakarta.servlet.http.HttpServletResponse response) {
        jakarta.servlet.http.Cookie consent = new jakarta.servlet.http.Cookie("consent", "analytics");
        consent.setMaxAge(31536000);
        // ruleid: java.web.cookie.missing-httponly
        response.addCookie(consent);
    }

    @PostMapping("/consent-safe")
    public void consentSafe(jakarta.servlet.http.HttpServletResponse response) {
        jakarta.servlet.http.Cookie consent = new jakarta.servlet.http.Cookie("consent", "analytics");
        consent.setMaxAge(31536000);
        consent.setSecure(true);
        consent.setHttpOnly(true);
        // ok: java.web.cookie.missing-httponly
        response.addCookie(consent);
    }
}
