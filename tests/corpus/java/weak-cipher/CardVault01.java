package com.example.weakcipher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Card vault endpoint.
 */
@WebServlet("/cards/store")
public class CardVault01 extends HttpServlet {
    private static final byte[] KEY = Base64.getDecoder().decode(System.getenv("VAULT_KEY"));
    private static final boolean LEGACY_DES = false;
    private final SecureRandom random = new SecureRandom();

    /** Encrypt and store a card token. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            Cipher cipher;
            if (LEGACY_DES) {
                cipher = Cipher.getInstance("DES/ECB/PKCS5Padding");
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "DES"));
            } else {
                byte[] iv = new byte[12];
                random.nextBytes(iv);
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, iv));
            }
            byte[] sealed = cipher.doFinal(request.getParameter("card").getBytes(StandardCharsets.UTF_8));
            response.getWriter().write(Base64.getEncoder().encodeToString(sealed));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
