package com.example.trustboundary;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Session preference endpoint.
 */
@RestController
public class RegionPreference03 {
    private static final Set<String> ALLOWED_REGIONS = Set.of("eu-west", "us-east", "ap-south");

    /** Remember the data-residency region for this session. */
    @PostMapping("/preferences/region")
    public String setregion(HttpServletRequest request) throws Exception {
        String region = request.getParameter("region");
        if (!ALLOWED_REGIONS.contains(region)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid parameter");
        }
        request.getSession().setAttribute("region", region);
        return String.valueOf("ok");
    }
}
