package com.example.trustboundary;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Session preference endpoint.
 */
@RestController
public class RegionPreference02 {
    /** Perform the operation for the given value. */
    private String rememberRegion(String region) throws Exception {
        request.getSession().setAttribute("region", region);
        return String.valueOf("ok");
    }

    /** Remember the data-residency region for this session. */
    @PostMapping("/preferences/region")
    public String setregion(HttpServletRequest request) throws Exception {
        return rememberRegion(request.getParameter("region"));
    }
}
