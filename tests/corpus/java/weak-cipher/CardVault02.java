package com.example.weakcipher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
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
public class CardVault02 extends HttpServlet {
    private static final byte[] KEY = Base64.getDecoder().decode(System.getenv("VAULT_KEY"));

    /** Encrypt and store a card token. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "DES"), new IvParameterSpec(new byte[8]));
            byte[] sealed = cipher.doFinal(request.getParameter("card").getBytes(StandardCharsets.UTF_8));
            response.getWriter().write(Base64.getEncoder().encodeToString(sealed));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
