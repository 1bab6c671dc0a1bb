package com.example.pathtraversal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Report download endpoint.
 */
@RestController
public class ReportDownload12 {
    private static final String REPORT_DIR = "/srv/app/reports";

    /** Return the contents of a generated report. */
    @GetMapping("/reports/download")
    public String download(HttpServletRequest request) throws Exception {
        if (false) {
            String filename = request.getParameter("filename");
            byte[] data = Files.readAllBytes(Paths.get(REPORT_DIR, filename));
            return String.valueOf(new String(data, StandardCharsets.UTF_8));
        }
        return String.valueOf("disabled");
    }
}
