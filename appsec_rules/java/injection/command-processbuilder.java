package com.example.media;

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
