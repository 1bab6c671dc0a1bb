package com.example.fetch;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FetchController {

    private static final Map<String, String> MIRRORS = Map.of("eu", "https://eu.mirror.example.com/", "us", "https://us.mirror.example.com/");

    private final HttpClient httpClient = HttpClient.newHttpClient();
    private final OkHttpClient okHttp = new OkHttpClient();

    @GetMapping("/fetch")
    public String fetch(@RequestParam String target) throws IOException, InterruptedException {
        // ruleid: java.ssrf.http-client.request-target
        HttpRequest req = HttpRequest.newBuilder(URI.create(target)).GET().build();
        return httpClient.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    @GetMapping("/ok")
    public String ok(HttpServletRequest request) throws IOException {
        String endpoint = request.getParameter("endpoint");
        // ruleid: java.ssrf.http-client.request-target
        Request req = new Request.Builder().url(endpoint).build();
        try (Response resp = okHttp.newCall(req).execute()) {
            return resp.body().string();
        }
    }

    @GetMapping("/apache/{host}")
    public int apache(@PathVariable String host) throws IOException {
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            // ruleid: java.ssrf.http-client.request-target
            HttpGet get = new HttpGet(metricsUrl(host));
            try (CloseableHttpResponse resp = client.execute(get)) {
                return resp.getStatusLine().getStatusCode();
            }
        }
    }

    private static String metricsUrl(String host) {
        return "http://" + host + ":9100/metrics";
    }

    @GetMapping("/scrape")
    public String scrape(@RequestParam("page") String page) throws IOException {
        // ruleid: java.ssrf.http-client.request-target
        Document doc = Jsoup.connect(page).get();
        return doc.title();
    }

    @GetMapping("/mirror")
    public String mirror(@RequestParam String region, @RequestParam String pkg) throws IOException, InterruptedException {
        String base = MIRRORS.getOrDefault(region, "https://us.mirror.example.com/");
        String q = URLEncoder.encode(pkg, StandardCharsets.UTF_8);
        // ok: java.ssrf.http-client.request-target
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "packages?name=" + q)).build();
        return httpClient.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    @GetMapping("/issues/{id}")
    public int issue(@PathVariable("id") long id) throws IOException {
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            // ok: java.ssrf.http-client.request-target
            HttpGet get = new HttpGet("https://tracker.example.com/api/issues/" + id);
            try (CloseableHttpResponse resp = client.execute(get)) {
                return resp.getStatusLine().getStatusCode();
            }
        }
    }

    @GetMapping("/docs")
    public String docs(@RequestParam String topic) throws IOException {
        // ok: java.ssrf.http-client.request-target
        Request req = new Request.Builder().url("https://docs.example.com/search/" + topic).build();
        try (Response resp = okHttp.newCall(req).execute()) {
            return resp.body().string();
        }
    }
}

/** Helper parameters, dead code and allow-list guards. */
class HttpClientGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.ssrf.http-client.request-target
        HttpRequest req = HttpRequest.newBuilder(URI.create(value)).build();
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.ssrf.http-client.request-target
        HttpRequest req = HttpRequest.newBuilder(URI.create(value)).build();
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
            // ok: java.ssrf.http-client.request-target
            HttpRequest req = HttpRequest.newBuilder(URI.create(value)).build();
        } else {
            // ruleid: java.ssrf.http-client.request-target
            HttpRequest req = HttpRequest.newBuilder(URI.create(value)).build();
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.ssrf.http-client.request-target
        HttpRequest req = HttpRequest.newBuilder(URI.create(value)).build();
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.ssrf.http-client.request-target
        HttpRequest req = HttpRequest.newBuilder(URI.create(value)).build();
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.ssrf.http-client.request-target
        HttpRequest req = HttpRequest.newBuilder(URI.create(String.valueOf(valid))).build();
    }
}
