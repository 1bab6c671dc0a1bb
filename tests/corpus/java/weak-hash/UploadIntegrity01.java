package com.example.weakhash;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Upload endpoint.
 */
@WebServlet("/uploads")
public class UploadIntegrity01 extends HttpServlet {
    private static final String DIGEST_ALGORITHM = "SHA-256";

    /** Store an upload and return its digest. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            byte[] data = request.getInputStream().readAllBytes();
            MessageDigest md = MessageDigest.getInstance(DIGEST_ALGORITHM);
            response.getWriter().write(HexFormat.of().formatHex(md.digest(data)));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
