package com.example.ops;

import java.util.regex.Pattern;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class DiagnosticsServlet extends HttpServlet {

    private static final Set<String> HOSTS = Set.of("db1.internal", "db2.internal");
    private static final Map<String, String> TOOLS = Map.of("disk", "/usr/bin/df -h", "uptime", "/usr/bin/uptime");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String host = request.getParameter("host");
        // ruleid: java.injection.command.runtime-exec
        Process p = Runtime.getRuntime().exec("ping -c 3 " + host);
        response.getWriter().println(p.isAlive());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String archive = request.getHeader("X-Archive-Name");
        String[] cmd = {"/bin/sh", "-c", "tar czf /backups/" + archive + " /srv/data"};
        Runtime runtime = Runtime.getRuntime();
        // ruleid: java.injection.command.runtime-exec
        runtime.exec(cmd);
    }

    void safePing(HttpServletRequest request) throws IOException {
        String host = request.getParameter("host");
        if (!HOSTS.contains(host)) {
            throw new IllegalArgumentException("host not allowed");
        }
        // ok: java.injection.command.runtime-exec
        Runtime.getRuntime().exec(new String[] {"/usr/bin/ping", "-c", "3", host});
    }

    void tool(HttpServletRequest request) throws IOException {
        String command = TOOLS.get(request.getParameter("tool"));
        if (command != null) {
            // ok: java.injection.command.runtime-exec
            Runtime.getRuntime().exec(command);
        }
    }
}

@RestController
class ThumbnailController {

    private static String convertCommand(String file, String size) {
        return String.format("convert %s -resize %s /tmp/thumb.png", file, size);
    }

    @PostMapping("/thumbnails")
    public void create(@RequestParam("file") String file, @RequestParam("size") String size) throws IOException {
        String command = convertCommand(file, size);
        // ruleid: java.injection.command.runtime-exec
        Runtime.getRuntime().exec(command);
    }

    @PostMapping("/thumbnails/fixed")
    public void fixed(@RequestParam("width") int width) throws IOException {
        // ok: java.injection.command.runtime-exec
        Runtime.getRuntime().exec(new String[] {"/usr/bin/convert", "/srv/in.png", "-resize", width + "x", "/tmp/thumb.png"});
    }

    @PostMapping("/thumbnails/cleanup")
    public void cleanup() throws IOException {
        // ok: java.injection.command.runtime-exec
        Runtime.getRuntime().exec("/usr/bin/find /tmp -name 'thumb*' -delete");
    }
}

/** Helper parameters, dead code and allow-list guards. */
class CommandRuntimeExecGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.injection.command.runtime-exec
        Runtime.getRuntime().exec("ping -c 1 " + value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.injection.command.runtime-exec
        Runtime.getRuntime().exec("ping -c 1 " + value);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            fixtureHelper(request.getParameter("v"), request, response);
            fixtureConstHelper("fixed", request, response);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** The DEBUG_ONLY branch cannot run; the else branch can. */
    void deadCode(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (DEBUG_ONLY) {
            // ok: java.injection.command.runtime-exec
            Runtime.getRuntime().exec("ping -c 1 " + value);
        } else {
            // ruleid: java.injection.command.runtime-exec
            Runtime.getRuntime().exec("ping -c 1 " + value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.injection.command.runtime-exec
        Runtime.getRuntime().exec("ping -c 1 " + value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.injection.command.runtime-exec
        Runtime.getRuntime().exec("ping -c 1 " + value);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.injection.command.runtime-exec
        Runtime.getRuntime().exec("ping -c 1 " + String.valueOf(valid));
    }
}
