package com.example.pathtraversal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Report download endpoint.
 */
@WebServlet("/reports/download")
public class ReportDownload01 extends HttpServlet {
    private static final String REPORT_DIR = "/srv/app/reports";

    /** Return the contents of a generated report. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            byte[] data = Files.readAllBytes(Paths.get(REPORT_DIR, request.getParameter("filename")));
            response.getWriter().write(String.valueOf(new String(data, StandardCharsets.UTF_8)));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
