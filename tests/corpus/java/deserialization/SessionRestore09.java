package com.example.deserialization;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Client state persistence endpoint.
 */
@RestController
public class SessionRestore09 {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Restore saved UI state sent back by the client. */
    @PostMapping("/session/restore")
    public String restore(HttpServletRequest request) throws Exception {
        String mode = request.getParameter("mode");
        String state = "rO0ABXQABWxpZ2h0";
        if ("custom".equals(mode)) {
            state = request.getParameter("state");
        }
        Object state = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(state))).readObject();
        return String.valueOf(state);
    }
}
