package com.example.insecurecookie;

import java.util.UUID;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Login endpoint using ResponseCookie.
 */
@RestController
public class SpringLogin01 {
    /** Authenticate and start a session. */
    @PostMapping("/api/login")
    public String springLogin(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String token = UUID.randomUUID().toString();
        ResponseCookie cookie = ResponseCookie.from("SESSION_TOKEN", token).httpOnly(true).secure(true).sameSite("Strict").path("/").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return "ok";
    }
}
