package com.example.preview;

import javax.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.owasp.encoder.Encode;

@RestController
public class PreviewController {

    @GetMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
    public String preview(@RequestParam String title) {
        String html = "<html><body><h1>" + title + "</h1></body></html>";
        // ruleid: java.xss.reflected.spring-html-response
        return html;
    }

    @PostMapping(value = "/preview/comment", produces = "text/html;charset=UTF-8")
    public String comment(@RequestBody CommentForm form) {
        StringBuilder sb = new StringBuilder("<article>");
        sb.append(form.getBody()).append("</article>");
        // ruleid: java.xss.reflected.spring-html-response
        return sb.toString();
    }

    @GetMapping("/preview/{slug}")
    public ResponseEntity<String> slug(@PathVariable String slug) {
        // ruleid: java.xss.reflected.spring-html-response
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(render(slug));
    }

    private static String render(String slug) {
        return "<p>Page " + slug + " not found</p>";
    }

    @GetMapping(value = "/preview/safe", produces = MediaType.TEXT_HTML_VALUE)
    public String previewSafe(@RequestParam String title) {
        // ok: java.xss.reflected.spring-html-response
        return "<html><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1></body></html>";
    }

    @GetMapping(value = "/preview/json", produces = MediaType.APPLICATION_JSON_VALUE)
    public String json(@RequestParam String title) {
        // ok: java.xss.reflected.spring-html-response
        return "{\"title\":\"" + title + "\"}";
    }

    @GetMapping("/preview/encoded/{slug}")
    public ResponseEntity<String> encoded(@PathVariable String slug) {
        // ok: java.xss.reflected.spring-html-response
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<p>" + Encode.forHtml(slug) + "</p>");
    }

    static class CommentForm {
        private String body;
        public String getBody() { return body; }
    }
}

@Controller
class PageController {

    @GetMapping(value = "/page", produces = MediaType.TEXT_HTML_VALUE)
    public String page(@RequestParam String view, Model model) {
        model.addAttribute("view", view);
        // ok: java.xss.reflected.spring-html-response
        return "page";
    }

    @GetMapping(value = "/fragment", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String fragment(@RequestParam("msg") String msg) {
        // ruleid: java.xss.reflected.spring-html-response
        return "<span class=\"flash\">" + msg + "</span>";
    }
}

@RestController
class NegotiatedController {

    @GetMapping("/greet")
    public String greet(HttpServletRequest request) {
        String mode = request.getParameter("mode");
        String name = "Guest";
        if ("custom".equals(mode)) {
            name = request.getParameter("name");
        }
        // no `produces`: a browser that accepts text/html receives this as HTML
        // ruleid: java.xss.reflected.spring-html-response
        return "<h1>Hello, " + name + "!</h1>";
    }

    @GetMapping("/echo")
    public String echo(@RequestParam String text) {
        // plain value without markup: not reported
        // ok: java.xss.reflected.spring-html-response
        return text;
    }

    @GetMapping("/greet-escaped")
    public String greetEscaped(@RequestParam String name) {
        // ok: java.xss.reflected.spring-html-response
        return "<h1>Hello, " + HtmlUtils.htmlEscape(name) + "!</h1>";
    }
}

@RestController
class GuardedGreetingController {
    private static final boolean DEBUG_ONLY = false;
    private static final java.util.regex.Pattern VALID_NAME = java.util.regex.Pattern.compile("[A-Za-z ]{1,40}");

    @GetMapping("/greet-debug")
    public String greetDebug(HttpServletRequest request) {
        String name = request.getParameter("name");
        if (DEBUG_ONLY) {
            // ok: java.xss.reflected.spring-html-response
            return "<h1>Hello, " + name + "!</h1>";
        }
        return "<h1>Hello!</h1>";
    }

    @GetMapping("/greet-validated")
    public String greetValidated(HttpServletRequest request) {
        String name = request.getParameter("name");
        if (!VALID_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid name");
        }
        // ok: java.xss.reflected.spring-html-response
        return "<h1>Hello, " + name + "!</h1>";
    }
}
