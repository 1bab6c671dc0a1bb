package com.example.xss;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Landing page endpoint.
 */
@RestController
public class Greeting09 {
    private static final boolean DEBUG_ONLY = false;

    /** Render a personalised greeting. */
    @GetMapping("/greet")
    public String greet(HttpServletRequest request) throws Exception {
        if (DEBUG_ONLY) {
            String name = request.getParameter("name");
            return "<h1>Hello, " + name + "!</h1>";
        }
        return String.valueOf("disabled");
    }
}
