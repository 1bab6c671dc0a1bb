package com.example.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class LinkPreviewServlet extends HttpServlet {

    private static final Set<String> ALLOWED_HOSTS = Set.of("images.example.com", "cdn.example.com");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        URL url = new URL(request.getParameter("url"));
        // ruleid: java.ssrf.url.url-connection
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        response.setStatus(conn.getResponseCode());
    }

    void image(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String src = request.getHeader("X-Image-Source");
        // ruleid: java.ssrf.url.url-connection
        try (InputStream in = URI.create(src).toURL().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    void safeImage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        URL url = new URL(request.getParameter("url"));
        if (!ALLOWED_HOSTS.contains(url.getHost()) || !"https".equals(url.getProtocol())) {
            response.sendError(400);
            return;
        }
        // ok: java.ssrf.url.url-connection
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    void weather(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String city = URLEncoder.encode(request.getParameter("city"), StandardCharsets.UTF_8);
        URL url = new URL("https://api.weather.example.com/v1/forecast?city=" + city);
        // ok: java.ssrf.url.url-connection
        url.openConnection().connect();
    }
}

@RestController
class WebhookController {

    private static URL webhookUrl(String host, String path) throws IOException {
        return new URL("https", host, 443, path);
    }

    @PostMapping("/webhooks/test")
    public int test(@RequestBody WebhookForm form) throws IOException {
        URL target = webhookUrl(form.getHost(), form.getPath());
        // ruleid: java.ssrf.url.url-connection
        HttpURLConnection conn = (HttpURLConnection) target.openConnection();
        conn.setRequestMethod("POST");
        return conn.getResponseCode();
    }

    @GetMapping("/users/avatar")
    public int avatar(@RequestParam String userId) throws IOException {
        URL url = new URL("https://avatars.example.com/u/" + userId);
        // ok: java.ssrf.url.url-connection
        return ((HttpURLConnection) url.openConnection()).getResponseCode();
    }

    static class WebhookForm {
        private String host;
        private String path;
        public String getHost() { return host; }
        public String getPath() { return path; }
    }
}
