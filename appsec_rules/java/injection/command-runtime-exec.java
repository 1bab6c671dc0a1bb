package com.example.ops;

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
