package com.example.openredirect;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Login flow endpoint.
 */
@WebServlet("/login/continue")
public class LoginRedirect03 extends HttpServlet {
    /** Send the user on after a successful login. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String nextUrl = StringEscapeUtils.escapeHtml4(request.getParameter("nextUrl"));
            response.sendRedirect(nextUrl);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
