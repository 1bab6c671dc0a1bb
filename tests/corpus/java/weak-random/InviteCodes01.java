package com.example.weakrandom;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Team invitation endpoint.
 */
@WebServlet("/invites")
public class InviteCodes01 extends HttpServlet {
    private final Map<String, String> invites = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** Create an invitation code. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            byte[] raw = new byte[9];
            random.nextBytes(raw);
            String code = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            invites.put(code, request.getParameter("team"));
            response.getWriter().write(code);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
