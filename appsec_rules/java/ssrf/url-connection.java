package com.example.preview;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import java.net.URLConnection;
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

/** Helper parameters, dead code and allow-list guards. */
class UrlConnectionGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.ssrf.url.url-connection
        URLConnection conn = new URL(value).openConnection();
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.ssrf.url.url-connection
        URLConnection conn = new URL(value).openConnection();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            fixtureHelper(request.getParameter("v"), request, response);
            fixtureConstHelper("fixed", request, response);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** The DEBUG_ONLY branch cannot run; the else branch can. */
    void deadCode(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (DEBUG_ONLY) {
            // ok: java.ssrf.url.url-connection
            URLConnection conn = new URL(value).openConnection();
        } else {
            // ruleid: java.ssrf.url.url-connection
            URLConnection conn = new URL(value).openConnection();
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.ssrf.url.url-connection
        URLConnection conn = new URL(value).openConnection();
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.ssrf.url.url-connection
        URLConnection conn = new URL(value).openConnection();
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.ssrf.url.url-connection
        URLConnection conn = new URL(String.valueOf(valid)).openConnection();
    }
}
