package com.example.integrations;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class IntegrationController {

    private static final Map<String, String> PROVIDERS = Map.of("github", "https://api.github.com", "gitlab", "https://gitlab.com/api/v4");
    private static final Set<String> REGIONS = Set.of("eu", "us");

    private final RestTemplate restTemplate;
    private final WebClient webClient;

    public IntegrationController(RestTemplate restTemplate, WebClient webClient) {
        this.restTemplate = restTemplate;
        this.webClient = webClient;
    }

    @GetMapping("/proxy")
    public String proxy(@RequestParam String url) {
        // ruleid: java.ssrf.spring.rest-client
        return restTemplate.getForObject(url, String.class);
    }

    @PostMapping("/callbacks")
    public ResponseEntity<String> callback(@RequestBody CallbackForm form) {
        String target = form.getCallbackUrl() + "?event=created";
        // ruleid: java.ssrf.spring.rest-client
        return restTemplate.exchange(target, HttpMethod.POST, null, String.class);
    }

    @GetMapping("/feeds")
    public Mono<String> feed(HttpServletRequest request) {
        String feed = request.getHeader("X-Feed-Url");
        // ruleid: java.ssrf.spring.rest-client
        return webClient.get().uri(feed).retrieve().bodyToMono(String.class);
    }

    @GetMapping("/status")
    public String status(@RequestParam String region) {
        // ruleid: java.ssrf.spring.rest-client
        return WebClient.create(statusBase(region)).get().retrieve().bodyToMono(String.class).block();
    }

    private static String statusBase(String region) {
        return "https://" + region + ".status.example.com";
    }

    @GetMapping("/repos")
    public String repos(@RequestParam String provider, @RequestParam String owner) {
        String base = PROVIDERS.getOrDefault(provider, "https://api.github.com");
        // ok: java.ssrf.spring.rest-client
        return restTemplate.getForObject(base + "/users/{owner}/repos", String.class, owner);
    }

    @GetMapping("/users")
    public Mono<String> user(@RequestParam String id) {
        // ok: java.ssrf.spring.rest-client
        return webClient.get().uri("https://api.example.com/users/{id}", id).retrieve().bodyToMono(String.class);
    }

    @GetMapping("/status-safe")
    public String statusSafe(@RequestParam String region) {
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("unknown region");
        }
        // ok: java.ssrf.spring.rest-client
        return restTemplate.getForObject("https://" + region + ".status.example.com/health", String.class);
    }

    static class CallbackForm {
        private String callbackUrl;
        public String getCallbackUrl() { return callbackUrl; }
    }
}

/** Helper parameters, dead code and allow-list guards. */
class SpringRestClientGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");
    private RestTemplate fixtureRest;

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.ssrf.spring.rest-client
        fixtureRest.getForObject(value, String.class);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.ssrf.spring.rest-client
        fixtureRest.getForObject(value, String.class);
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
            // ok: java.ssrf.spring.rest-client
            fixtureRest.getForObject(value, String.class);
        } else {
            // ruleid: java.ssrf.spring.rest-client
            fixtureRest.getForObject(value, String.class);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.ssrf.spring.rest-client
        fixtureRest.getForObject(value, String.class);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.ssrf.spring.rest-client
        fixtureRest.getForObject(value, String.class);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.ssrf.spring.rest-client
        fixtureRest.getForObject(String.valueOf(valid), String.class);
    }
}
