package com.example.session;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

public class RememberMeServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = UUID.randomUUID().toString();
        Cookie remember = new Cookie("remember_me", token);
        remember.setPath("/");
        remember.setMaxAge(60 * 60 * 24 * 30);
        remember.setHttpOnly(true);
        // ruleid: java.web.cookie.missing-secure
        response.addCookie(remember);
    }

    void language(HttpServletResponse response, String lang) {
        // ruleid: java.web.cookie.missing-secure
        response.addCookie(new Cookie("lang", lang));
    }

    void downgraded(HttpServletResponse response, String sessionId) {
        Cookie sid = new Cookie("SID", sessionId);
        // ruleid: java.web.cookie.missing-secure
        sid.setSecure(false);
        sid.setHttpOnly(true);
        // reported at the setter above
        // ok: java.web.cookie.missing-secure
        response.addCookie(sid);
    }

    void hardened(HttpServletResponse response, String sessionId) {
        Cookie sid = new Cookie("SID", sessionId);
        sid.setSecure(true);
        sid.setHttpOnly(true);
        sid.setPath("/");
        // ok: java.web.cookie.missing-secure
        response.addCookie(sid);
    }

    void logout(HttpServletResponse response) {
        Cookie expired = new Cookie("remember_me", "");
        expired.setMaxAge(0);
        expired.setPath("/");
        // ok: java.web.cookie.missing-secure
        response.addCookie(expired);
    }

    void behindProxy(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        Cookie sid = new Cookie("SID", sessionId);
        sid.setSecure(request.isSecure() || "https".equals(request.getHeader("X-Forwarded-Proto")));
        sid.setHttpOnly(true);
        // ok: java.web.cookie.missing-secure
        response.addCookie(sid);
    }
}

@RestController
class ConsentController {

    @PostMapping("/consent")
    public void consent(jakarta.servlet.http.HttpServletResponse response) {
        jakarta.servlet.http.Cookie consent = new jakarta.servlet.http.Cookie("consent", "analytics");
        consent.setMaxAge(31536000);
        // ruleid: java.web.cookie.missing-secure
        response.addCookie(consent);
    }

    @PostMapping("/consent-safe")
    public void consentSafe(jakarta.servlet.http.HttpServletResponse response) {
        jakarta.servlet.http.Cookie consent = new jakarta.servlet.http.Cookie("consent", "analytics");
        consent.setMaxAge(31536000);
        consent.setSecure(true);
        consent.setHttpOnly(true);
        // ok: java.web.cookie.missing-secure
        response.addCookie(consent);
    }
}

class CookieHelpers extends HttpServlet {
    private static final boolean LEGACY_COOKIE = false;

    /** Builds the cookie for a caller; the explicit downgrade is reported where it happens. */
    private static Cookie rememberCookie(String token) {
        Cookie cookie = new Cookie("REMEMBER_ME", token);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        // ruleid: java.web.cookie.missing-secure
        cookie.setSecure(false);
        return cookie;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the helper is reported
        // ok: java.web.cookie.missing-secure
        response.addCookie(rememberCookie(UUID.randomUUID().toString()));
    }

    /** A flag set on every branch counts; a branch that cannot run is ignored. */
    void branches(HttpServletResponse response) {
        Cookie cookie = new Cookie("REMEMBER_ME", UUID.randomUUID().toString());
        if (LEGACY_COOKIE) {
            // ok: java.web.cookie.missing-secure
            cookie.setSecure(false);
        } else {
            cookie.setSecure(true);
            cookie.setHttpOnly(true);
        }
        // ok: java.web.cookie.missing-secure
        response.addCookie(cookie);
    }

    void springMissing(HttpServletResponse response, String token) {
        // ruleid: java.web.cookie.missing-secure
        ResponseCookie cookie = ResponseCookie.from("SESSION_TOKEN", token).httpOnly(true).path("/").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    void springDowngraded(HttpServletResponse response, String token) {
        // ruleid: java.web.cookie.missing-secure
        ResponseCookie cookie = ResponseCookie.from("SESSION_TOKEN", token).secure(false).httpOnly(true).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    void springHardened(HttpServletResponse response, String token) {
        // ok: java.web.cookie.missing-secure
        ResponseCookie cookie = ResponseCookie.from("SESSION_TOKEN", token).httpOnly(true).secure(true).sameSite("Strict").path("/").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
