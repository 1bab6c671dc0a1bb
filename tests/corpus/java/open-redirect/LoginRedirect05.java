package com.example.openredirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.example.config.ServiceConfig;

/**
 * Login flow endpoint.
 */
@WebServlet("/login/continue")
public class LoginRedirect05 extends HttpServlet {
    /** Send the user on after a successful login. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String nextUrl = ServiceConfig.get("defaults.nextUrl");
            response.sendRedirect(nextUrl);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
