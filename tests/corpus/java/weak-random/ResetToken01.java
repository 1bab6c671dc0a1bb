package com.example.weakrandom;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
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
public class ResetToken01 extends HttpServlet {
    private final Map<String, String> pending = new ConcurrentHashMap<>();
    private static final boolean DEBUG_ONLY = false;

    /** Create a password reset link. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String token;
            if (DEBUG_ONLY) {
                token = Long.toHexString(new Random().nextLong());
            } else {
                byte[] raw = new byte[32];
                new SecureRandom().nextBytes(raw);
                token = HexFormat.of().formatHex(raw);
            }
            pending.put(token, request.getParameter("email"));
            response.getWriter().write("sent");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
