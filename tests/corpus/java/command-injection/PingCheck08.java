package com.example.commandinjection;

import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Network diagnostics endpoint.
 */
@RestController
public class PingCheck08 {
    /** Perform the operation for the given value. */
    private String runPing(String host) throws Exception {
        Process proc = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "ping -c 1 " + host});
        return String.valueOf(new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Run a reachability check against a host. */
    @PostMapping("/diagnostics/ping")
    public String ping(HttpServletRequest request) throws Exception {
        return runPing(request.getParameter("host"));
    }
}
