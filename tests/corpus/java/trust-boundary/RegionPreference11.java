package com.example.trustboundary;

import java.io.IOException;
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
public class RegionPreference11 extends HttpServlet {
    private static final Pattern VALID_REGION_RE = Pattern.compile("[a-z]{2}-[a-z]{4,5}");

    /** Remember the data-residency region for this session. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String region = request.getParameter("region");
            if (!VALID_REGION_RE.matcher(region).matches()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
                return;
            }
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
