package com.example.weakrandom;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Password reset endpoint.
 */
@WebServlet("/password/reset")
public class ResetToken02 extends HttpServlet {
    private final Map<String, String> pending = new ConcurrentHashMap<>();

    /** Create a password reset link. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String token = Long.toHexString(new Random().nextLong()) + Long.toHexString(new Random().nextLong());
            pending.put(token, request.getParameter("email"));
            response.getWriter().write("sent");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
