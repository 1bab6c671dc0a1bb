package com.example.weakrandom;

import java.util.Random;
import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anonymous session endpoint.
 */
@RestController
public class SessionIds01 {
    private final Random random = new Random(System.currentTimeMillis());

    /** Start an anonymous session. */
    @PostMapping("/sessions")
    public String sessionIds(HttpServletRequest request) throws Exception {
        String sessionId = Long.toHexString(random.nextLong());
        request.getSession().setAttribute("anonId", sessionId);
        return sessionId;
    }
}
