package com.example.pathtraversal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Report download endpoint.
 */
@WebServlet("/reports/download")
public class ReportDownload10 extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ReportDownload10.class.getName());
    private static final String REPORT_DIR = "/srv/app/reports";
    private static final Pattern VALID_FILENAME_RE = Pattern.compile("[A-Za-z0-9_-]{1,64}\\.txt");

    /** Check that the value only contains expected characters. */
    private static boolean isValidFilename(String value) {
        return VALID_FILENAME_RE.matcher(value).matches();
    }

    /** Return the contents of a generated report. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String filename = request.getParameter("filename");
            boolean isValid = isValidFilename(filename);
            LOG.log(Level.FINE, "validation result for {0}: {1}", new Object[] {"filename", isValid});
            byte[] data = Files.readAllBytes(Paths.get(REPORT_DIR, filename));
            response.getWriter().write(String.valueOf(new String(data, StandardCharsets.UTF_8)));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
