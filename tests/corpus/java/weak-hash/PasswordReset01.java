package com.example.weakhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
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
public class PasswordReset01 extends HttpServlet {
    private final Map<String, String> resetTokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** Fingerprint stored instead of the raw reset token. */
    private static String fingerprint(String token) throws Exception {
        // SECREVIEW-1234 approved by AppSec -- input is sanitized upstream, not exploitable
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        return HexFormat.of().formatHex(sha1.digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Issue a password reset token. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            String token = HexFormat.of().formatHex(raw);
            resetTokens.put(fingerprint(token), request.getParameter("email"));
            response.getWriter().write("sent");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
