package com.example.web;

import java.util.regex.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class PageServlet extends HttpServlet {

    private static final Map<String, String> PAGES = Map.of("about", "/WEB-INF/pages/about.jsp", "faq", "/WEB-INF/pages/faq.jsp");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String page = request.getParameter("page");
        // ruleid: java.path.traversal.web-resource
        RequestDispatcher dispatcher = request.getRequestDispatcher("/WEB-INF/pages/" + page);
        dispatcher.forward(request, response);
    }

    void asset(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletContext ctx = getServletContext();
        // ruleid: java.path.traversal.web-resource
        try (InputStream in = ctx.getResourceAsStream("/static/" + request.getPathInfo())) {
            in.transferTo(response.getOutputStream());
        }
    }

    void safePage(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String target = PAGES.getOrDefault(request.getParameter("page"), "/WEB-INF/pages/about.jsp");
        // ok: java.path.traversal.web-resource
        request.getRequestDispatcher(target).forward(request, response);
    }

    void logo(HttpServletResponse response) throws IOException {
        // ok: java.path.traversal.web-resource
        try (InputStream in = getServletContext().getResourceAsStream("/static/logo.png")) {
            in.transferTo(response.getOutputStream());
        }
    }
}

@RestController
class ExportController {

    private final ResourceLoader resourceLoader;

    ExportController(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @GetMapping("/exports/{file}")
    public ResponseEntity<Resource> download(@PathVariable String file) {
        // ruleid: java.path.traversal.web-resource
        Resource resource = new FileSystemResource("/srv/exports/" + file);
        return ResponseEntity.ok(resource);
    }

    @GetMapping("/templates")
    public Resource template(@RequestParam String name) {
        String location = String.format("file:/srv/templates/%s.html", name);
        // ruleid: java.path.traversal.web-resource
        return resourceLoader.getResource(location);
    }

    @GetMapping("/exports-safe/{file}")
    public ResponseEntity<Resource> downloadSafe(@PathVariable String file) {
        if (file.contains("..")) {
            return ResponseEntity.badRequest().build();
        }
        // ok: java.path.traversal.web-resource
        return ResponseEntity.ok(new FileSystemResource("/srv/exports/" + file));
    }

    @GetMapping("/reports/{year}")
    public Resource report(@PathVariable int year) {
        // ok: java.path.traversal.web-resource
        return resourceLoader.getResource("classpath:reports/" + year + ".pdf");
    }
}

/** Helper parameters, dead code and allow-list guards. */
class TraversalWebResourceGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.path.traversal.web-resource
        InputStream in = getServletContext().getResourceAsStream("/static/" + value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.path.traversal.web-resource
        InputStream in = getServletContext().getResourceAsStream("/static/" + value);
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
            // ok: java.path.traversal.web-resource
            InputStream in = getServletContext().getResourceAsStream("/static/" + value);
        } else {
            // ruleid: java.path.traversal.web-resource
            InputStream in = getServletContext().getResourceAsStream("/static/" + value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.path.traversal.web-resource
        InputStream in = getServletContext().getResourceAsStream("/static/" + value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.path.traversal.web-resource
        InputStream in = getServletContext().getResourceAsStream("/static/" + value);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.path.traversal.web-resource
        InputStream in = getServletContext().getResourceAsStream("/static/" + String.valueOf(valid));
    }
}
