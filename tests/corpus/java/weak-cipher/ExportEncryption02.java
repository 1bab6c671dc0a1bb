package com.example.weakcipher;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export encryption endpoint.
 */
@RestController
public class ExportEncryption02 {
    private static final byte[] KEY = Base64.getDecoder().decode(System.getenv("EXPORT_KEY"));

    /** Encrypt an export before it is uploaded. */
    @PostMapping("/exports/encrypt")
    public String exportEncryption(HttpServletRequest request) throws Exception {
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"));
        return Base64.getEncoder().encodeToString(cipher.doFinal(request.getParameter("data").getBytes(StandardCharsets.UTF_8)));
    }
}
