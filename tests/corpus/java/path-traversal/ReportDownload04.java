package com.example.pathtraversal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Report download endpoint.
 */
@RestController
public class ReportDownload04 {
    private static final String REPORT_DIR = "/srv/app/reports";
    private static final Pattern VALID_FILENAME_RE = Pattern.compile("[A-Za-z0-9_-]{1,64}\\.txt");

    /** Return the contents of a generated report. */
    @GetMapping("/reports/download")
    public String download(HttpServletRequest request) throws Exception {
        String filename = request.getParameter("filename");
        if (!VALID_FILENAME_RE.matcher(filename).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid parameter");
        }
        byte[] data = Files.readAllBytes(Paths.get(REPORT_DIR, filename));
        return String.valueOf(new String(data, StandardCharsets.UTF_8));
    }
}
