package com.example.trustboundary;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Session preference endpoint.
 */
@WebServlet("/preferences/region")
public class RegionPreference01 extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(RegionPreference01.class.getName());
    private static final Pattern VALID_REGION_RE = Pattern.compile("[a-z]{2}-[a-z]{4,5}");

    /** Check that the value only contains expected characters. */
    private static boolean isValidRegion(String value) {
        return VALID_REGION_RE.matcher(value).matches();
    }

    /** Remember the data-residency region for this session. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String region = request.getParameter("region");
            boolean isValid = isValidRegion(region);
            LOG.log(Level.FINE, "validation result for {0}: {1}", new Object[] {"region", isValid});
            request.getSession().setAttribute("region", region);
            response.getWriter().write(String.valueOf("ok"));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
