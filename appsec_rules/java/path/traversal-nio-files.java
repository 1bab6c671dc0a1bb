package com.example.docs;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
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

/** Helper parameters, dead code and allow-list guards. */
class TraversalNioFilesGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.path.traversal.nio-files
        byte[] data = Files.readAllBytes(Paths.get("/srv/data", value));
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.path.traversal.nio-files
        byte[] data = Files.readAllBytes(Paths.get("/srv/data", value));
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
            // ok: java.path.traversal.nio-files
            byte[] data = Files.readAllBytes(Paths.get("/srv/data", value));
        } else {
            // ruleid: java.path.traversal.nio-files
            byte[] data = Files.readAllBytes(Paths.get("/srv/data", value));
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.path.traversal.nio-files
        byte[] data = Files.readAllBytes(Paths.get("/srv/data", value));
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.path.traversal.nio-files
        byte[] data = Files.readAllBytes(Paths.get("/srv/data", value));
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.path.traversal.nio-files
        byte[] data = Files.readAllBytes(Paths.get("/srv/data", String.valueOf(valid)));
    }
}
