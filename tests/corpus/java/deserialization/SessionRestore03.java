package com.example.deserialization;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Client state persistence endpoint.
 */
@RestController
public class SessionRestore03 {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] STATE_KEY = System.getenv("STATE_SIGNING_KEY").getBytes(StandardCharsets.UTF_8);

    /** Restore saved UI state sent back by the client. */
    @PostMapping("/session/restore")
    public String restore(HttpServletRequest request) throws Exception {
        String state = request.getParameter("state");
        String signature = request.getParameter("signature");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(STATE_KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal(state.getBytes(StandardCharsets.UTF_8));
        if (signature == null || !MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid parameter");
        }
        Object state = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(state))).readObject();
        return String.valueOf(state);
    }
}
