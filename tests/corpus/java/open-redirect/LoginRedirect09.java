package com.example.openredirect;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Login flow endpoint.
 */
@WebServlet("/login/continue")
public class LoginRedirect09 extends HttpServlet {
    private static final Pattern VALID_NEXT_URL_RE = Pattern.compile("/(?:[A-Za-z0-9_-]+/?)*");

    /** Send the user on after a successful login. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String nextUrl = request.getParameter("nextUrl");
            if (!VALID_NEXT_URL_RE.matcher(nextUrl).matches()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
                return;
            }
            response.sendRedirect(nextUrl);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
