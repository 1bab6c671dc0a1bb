package com.example.media;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TranscodeController {

    private static final Set<String> CODECS = Set.of("h264", "vp9", "av1");
    private static final Map<String, String> PRESETS = Map.of("fast", "veryfast", "small", "slow");

    @PostMapping("/transcode/{name}")
    public int transcode(@PathVariable String name, @RequestParam String codec) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("ffmpeg");
        cmd.add("-i");
        cmd.add("/media/in/" + name);
        cmd.add("-c:v");
        cmd.add(codec);
        // ruleid: java.injection.command.processbuilder
        ProcessBuilder pb = new ProcessBuilder(cmd);
        return pb.start().waitFor();
    }

    @PostMapping("/hooks")
    public void hook(@RequestBody HookRequest hook) throws IOException {
        // ruleid: java.injection.command.processbuilder
        new ProcessBuilder("/bin/bash", "-c", "notify-send " + hook.getMessage()).start();
    }

    public void rotate(HttpServletRequest request) throws IOException {
        String degrees = request.getParameter("degrees");
        ProcessBuilder pb = new ProcessBuilder();
        pb.directory(new File("/media/work"));
        // ruleid: java.injection.command.processbuilder
        pb.command(List.of("mogrify", "-rotate", degrees, "image.png"));
        pb.start();
    }

    @PostMapping("/transcode-safe")
    public int transcodeSafe(@RequestParam String codec, @RequestParam String preset) throws Exception {
        if (!CODECS.contains(codec)) {
            throw new IllegalArgumentException("unsupported codec");
        }
        String x264Preset = PRESETS.getOrDefault(preset, "medium");
        // ok: java.injection.command.processbuilder
        ProcessBuilder pb = new ProcessBuilder("ffmpeg", "-i", "/media/in/input.mp4", "-c:v", codec, "-preset", x264Preset, "/media/out.mp4");
        return pb.start().waitFor();
    }

    @PostMapping("/resize")
    public void resize(@RequestParam("width") int width, HttpServletRequest request) throws IOException {
        long height = Long.parseLong(request.getParameter("height"));
        // ok: java.injection.command.processbuilder
        new ProcessBuilder("convert", "in.png", "-resize", width + "x" + height, "out.png").start();
    }

    @PostMapping("/status")
    public void status() throws IOException {
        // ok: java.injection.command.processbuilder
        new ProcessBuilder("systemctl", "status", "transcoder").inheritIO().start();
    }

    static class HookRequest {
        private String message;
        public String getMessage() { return message; }
    }
}

/** Helper parameters, dead code and allow-list guards. */
class CommandProcessbuilderGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.injection.command.processbuilder
        new ProcessBuilder("nslookup", value).start();
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.injection.command.processbuilder
        new ProcessBuilder("nslookup", value).start();
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
            // ok: java.injection.command.processbuilder
            new ProcessBuilder("nslookup", value).start();
        } else {
            // ruleid: java.injection.command.processbuilder
            new ProcessBuilder("nslookup", value).start();
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.injection.command.processbuilder
        new ProcessBuilder("nslookup", value).start();
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.injection.command.processbuilder
        new ProcessBuilder("nslookup", value).start();
    }
}

class EndOfOptionsFixtures {
    String ping(HttpServletRequest request) throws Exception {
        String host = request.getParameter("host");
        // no shell, and the value follows "--": it can only be an operand
        // ok: java.injection.command.processbuilder
        Process proc = new ProcessBuilder("ping", "-c", "1", "--", host).start();
        return new String(proc.getInputStream().readAllBytes());
    }

    String pingOption(HttpServletRequest request) throws Exception {
        String host = request.getParameter("host");
        // before "--" the value can still be an option such as "-f"
        // ruleid: java.injection.command.processbuilder
        Process proc = new ProcessBuilder("ping", host, "--", "localhost").start();
        return new String(proc.getInputStream().readAllBytes());
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.injection.command.processbuilder
        new ProcessBuilder("nslookup", String.valueOf(valid)).start();
    }
}
