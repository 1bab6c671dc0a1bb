package com.example.integrations;

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
