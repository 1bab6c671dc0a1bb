package com.example.deserialization;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Client state persistence endpoint.
 */
@WebServlet("/session/restore")
public class SessionRestore11 extends HttpServlet {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Restore saved UI state sent back by the client. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String state = request.getParameter("state");
            Map<?, ?> state = MAPPER.readValue(Base64.getDecoder().decode(state), Map.class);
            response.getWriter().write(String.valueOf(state));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
