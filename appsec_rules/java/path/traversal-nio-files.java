package com.example.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class DocumentController {

    private static final Path ROOT = Paths.get("/srv/docs");
    private static final Map<String, String> MANUALS = Map.of("admin", "admin-guide.md", "user", "user-guide.md");

    @GetMapping("/docs/{name}")
    public byte[] read(@PathVariable String name) throws IOException {
        Path path = ROOT.resolve(name);
        // ruleid: java.path.traversal.nio-files
        return Files.readAllBytes(path);
    }

    @GetMapping("/docs/lines")
    public List<String> lines(HttpServletRequest request) throws IOException {
        String dir = request.getHeader("X-Doc-Dir");
        // ruleid: java.path.traversal.nio-files
        return Files.readAllLines(Paths.get("/srv/docs", dir, "index.md"), StandardCharsets.UTF_8);
    }

    @PostMapping("/docs/upload")
    public void upload(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            Path target = Paths.get("/srv/docs/uploads/" + file.getOriginalFilename());
            // ruleid: java.path.traversal.nio-files
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @PostMapping("/docs/save")
    public void save(@RequestBody SaveRequest req) throws IOException {
        // ruleid: java.path.traversal.nio-files
        Files.writeString(docPath(req.getName()), req.getContent());
    }

    private static Path docPath(String name) {
        return Path.of("/srv/docs/drafts", name + ".md");
    }

    @GetMapping("/docs/safe/{name}")
    public byte[] readSafe(@PathVariable String name) throws IOException {
        Path path = ROOT.resolve(name).normalize();
        if (!path.startsWith(ROOT)) {
            throw new SecurityException("outside document root");
        }
        // ok: java.path.traversal.nio-files
        return Files.readAllBytes(path);
    }

    @PostMapping("/docs/upload-safe")
    public void uploadSafe(@RequestParam("file") MultipartFile file) throws IOException {
        Path target = ROOT.resolve("uploads").resolve(Paths.get(file.getOriginalFilename()).getFileName());
        // ok: java.path.traversal.nio-files
        Files.copy(file.getInputStream(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @GetMapping("/docs/manual")
    public String manual(@RequestParam String audience) throws IOException {
        String file = MANUALS.getOrDefault(audience, "user-guide.md");
        // ok: java.path.traversal.nio-files
        return Files.readString(ROOT.resolve(file));
    }

    @GetMapping("/docs/exists")
    public boolean exists(@RequestParam String name) {
        // ok: java.path.traversal.nio-files
        return Files.exists(ROOT.resolve(name));
    }

    static class SaveRequest {
        private String name;
        private String content;
        public String getName() { return name; }
        public String getContent() { return content; }
    }
}
