package com.example.files;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

public class DownloadServlet extends HttpServlet {

    private static final String BASE_DIR = "/srv/app/reports";
    private static final Set<String> TEMPLATES = Set.of("invoice.txt", "receipt.txt");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("file");
        // ruleid: java.path.traversal.file-stream
        try (InputStream in = new FileInputStream(BASE_DIR + "/" + name)) {
            in.transferTo(response.getOutputStream());
        }
    }

    void template(HttpServletRequest request) throws IOException {
        File file = new File(BASE_DIR, request.getPathInfo());
        // ruleid: java.path.traversal.file-stream
        FileReader reader = new FileReader(file);
        reader.close();
    }

    void safeDownload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        File base = new File(BASE_DIR);
        File file = new File(base, request.getParameter("file"));
        if (!file.getCanonicalPath().startsWith(base.getCanonicalPath() + File.separator)) {
            response.sendError(400);
            return;
        }
        // ok: java.path.traversal.file-stream
        try (InputStream in = new FileInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }
    }

    void safeName(HttpServletRequest request) throws IOException {
        String name = FilenameUtils.getName(request.getParameter("file"));
        // ok: java.path.traversal.file-stream
        FileReader reader = new FileReader(new File(BASE_DIR, name));
        reader.close();
    }

    void allowListed(HttpServletRequest request) throws IOException {
        String name = request.getParameter("template");
        if (!TEMPLATES.contains(name)) {
            throw new IllegalArgumentException("unknown template");
        }
        // ok: java.path.traversal.file-stream
        FileReader reader = new FileReader(BASE_DIR + "/" + name);
        reader.close();
    }
}

@RestController
class AttachmentController {

    private static final Path UPLOADS = Paths.get("/srv/app/uploads");

    private static File attachmentFile(String owner, String name) {
        return new File("/srv/app/uploads/" + owner, name);
    }

    @PostMapping("/attachments/{owner}")
    public void upload(@PathVariable String owner, @RequestParam("file") MultipartFile upload) throws IOException {
        File target = attachmentFile(owner, upload.getOriginalFilename());
        // ruleid: java.path.traversal.file-stream
        upload.transferTo(target);
    }

    @DeleteMapping("/attachments/{owner}/{name}")
    public boolean delete(@PathVariable String owner, @PathVariable String name) {
        File target = attachmentFile(owner, name);
        // ruleid: java.path.traversal.file-stream
        return target.delete();
    }

    @GetMapping("/attachments/export")
    public String export(@RequestParam String path) throws IOException {
        // ruleid: java.path.traversal.file-stream
        return FileUtils.readFileToString(new File(path), "UTF-8");
    }

    @PostMapping("/attachments/safe")
    public void uploadSafe(@RequestParam("file") MultipartFile upload) throws IOException {
        Path target = UPLOADS.resolve(upload.getOriginalFilename()).normalize();
        if (!target.startsWith(UPLOADS)) {
            throw new SecurityException("invalid file name");
        }
        // ok: java.path.traversal.file-stream
        try (OutputStream out = new FileOutputStream(target.toFile())) {
            out.write(upload.getBytes());
        }
    }

    @DeleteMapping("/attachments/cache")
    public boolean clearCache(@RequestParam("days") int days) {
        // ok: java.path.traversal.file-stream
        return new File("/srv/app/cache/" + days).delete();
    }
}

/** Helper parameters, dead code and allow-list guards. */
class TraversalFileStreamGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.path.traversal.file-stream
        FileInputStream in = new FileInputStream("/srv/data/" + value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.path.traversal.file-stream
        FileInputStream in = new FileInputStream("/srv/data/" + value);
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
            // ok: java.path.traversal.file-stream
            FileInputStream in = new FileInputStream("/srv/data/" + value);
        } else {
            // ruleid: java.path.traversal.file-stream
            FileInputStream in = new FileInputStream("/srv/data/" + value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.path.traversal.file-stream
        FileInputStream in = new FileInputStream("/srv/data/" + value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.path.traversal.file-stream
        FileInputStream in = new FileInputStream("/srv/data/" + value);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.path.traversal.file-stream
        FileInputStream in = new FileInputStream("/srv/data/" + String.valueOf(valid));
    }
}
