package com.example.weakhash;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner API client.
 */
@RestController
public class ApiClient01 {
    private static final String PARTNER_SECRET = "partner-shared-secret";

    /** Forward an order to the partner API with a signed digest. */
    @PostMapping("/partner/orders")
    public String apiClient(HttpServletRequest request) throws Exception {
        String body = request.getParameter("order");
        String signature = DigestUtils.md5Hex(PARTNER_SECRET + body);
        return "{\"order\":" + body + ",\"sig\":\"" + signature + "\"}";
    }
}
