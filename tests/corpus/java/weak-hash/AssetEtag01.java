package com.example.weakhash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Static asset endpoint.
 */
@WebServlet("/assets")
public class AssetEtag01 extends HttpServlet {
    private static final String ASSET_DIR = "/srv/app/public";

    /** Serve a static asset with an ETag. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            Path asset = Paths.get(ASSET_DIR, Paths.get(request.getParameter("name")).getFileName().toString());
            byte[] body = Files.readAllBytes(asset);
            String etag = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
            response.setHeader("ETag", "\"" + etag + "\"");
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
