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
public class ReportDownload03 {
    private static final String REPORT_DIR = "/srv/app/reports";

    /** Return the contents of a generated report. */
    @GetMapping("/reports/download")
    public String download(HttpServletRequest request) throws Exception {
        String filename = request.getParameter("filename");
        String reportPath = REPORT_DIR + "/" + filename;
        byte[] data = Files.readAllBytes(Paths.get(reportPath));
        return String.valueOf(new String(data, StandardCharsets.UTF_8));
    }
}
