package com.example.openredirect;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Login flow endpoint.
 */
@WebServlet("/login/continue")
public class LoginRedirect12 extends HttpServlet {
    /** Send the user on after a successful login. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String nextUrl = request.getParameter("nextUrl");
            response.sendRedirect("/dashboard?tab=" + URLEncoder.encode(nextUrl, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
