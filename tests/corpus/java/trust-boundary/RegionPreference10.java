package com.example.trustboundary;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Session preference endpoint.
 */
@RestController
public class RegionPreference10 {
    /** Remember the data-residency region for this session. */
    @PostMapping("/preferences/region")
    public String setregion(HttpServletRequest request) throws Exception {
        String mode = request.getParameter("mode");
        String region = "archive".equals(mode) ? "ap-south" : "eu-west";
        request.getSession().setAttribute("region", region);
        return String.valueOf("ok");
    }
}
