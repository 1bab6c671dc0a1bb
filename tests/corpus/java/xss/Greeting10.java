package com.example.xss;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Landing page endpoint.
 */
@RestController
public class Greeting10 {
    private static final Set<String> ALLOWED_NAMES = Set.of("Guest", "Team", "Visitor");

    /** Render a personalised greeting. */
    @GetMapping("/greet")
    public String greet(HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        if (!ALLOWED_NAMES.contains(name)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid parameter");
        }
        return "<h1>Hello, " + name + "!</h1>";
    }
}
