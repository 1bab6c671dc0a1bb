package com.example.insecurecookie;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Login endpoint.
 */
@WebServlet("/login")
public class LoginCookie04 extends HttpServlet {
    /** Authenticate and start a session. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String token = UUID.randomUUID().toString();
            request.getServletContext().setAttribute("session:" + token, request.getParameter("username"));
            Cookie cookie = new Cookie("SESSION_TOKEN", token);
            cookie.setPath("/");
            response.addCookie(cookie);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
