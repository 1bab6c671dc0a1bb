package com.example.deserialization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
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
public class SessionRestore05 extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(SessionRestore05.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern VALID_STATE_RE = Pattern.compile("[A-Za-z0-9+/=]{1,4096}");

    /** Check that the value only contains expected characters. */
    private static boolean isValidState(String value) {
        return VALID_STATE_RE.matcher(value).matches();
    }

    /** Restore saved UI state sent back by the client. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String state = request.getParameter("state");
            boolean isValid = isValidState(state);
            LOG.log(Level.FINE, "validation result for {0}: {1}", new Object[] {"state", isValid});
            Object state = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(state))).readObject();
            response.getWriter().write(String.valueOf(state));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
