package com.example.trustboundary;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Session preference endpoint.
 */
@WebServlet("/preferences/region")
public class RegionPreference08 extends HttpServlet {
    /** Sanitise the region before it is used. */
    private static String sanitizeRegion(String value) {
        return value.trim();
    }

    /** Remember the data-residency region for this session. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String region = sanitizeRegion(request.getParameter("region"));
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
