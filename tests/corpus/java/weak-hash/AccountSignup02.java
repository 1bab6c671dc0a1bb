package com.example.weakhash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Account registration endpoint.
 */
@WebServlet("/accounts/signup")
public class AccountSignup02 extends HttpServlet {
    private final Map<String, String> accounts = new ConcurrentHashMap<>();

    /** Create a new account. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String password = request.getParameter("password");
            MessageDigest md = MessageDigest.getInstance("MD5");
            String digest = HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
            accounts.put(request.getParameter("username"), digest);
            response.setStatus(HttpServletResponse.SC_CREATED);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
