package com.example.fetch;

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
