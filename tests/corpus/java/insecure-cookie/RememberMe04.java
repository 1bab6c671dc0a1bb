package com.example.insecurecookie;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Remember-me endpoint.
 */
@WebServlet("/remember")
public class RememberMe04 extends HttpServlet {
    private static final boolean LEGACY_COOKIE = false;

    /** Set the long-lived remember-me cookie. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            Cookie cookie = new Cookie("REMEMBER_ME", UUID.randomUUID().toString());
            cookie.setMaxAge(30 * 24 * 3600);
            if (LEGACY_COOKIE) {
                cookie.setSecure(false);
            } else {
                cookie.setSecure(true);
                cookie.setHttpOnly(true);
            }
            response.addCookie(cookie);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
