package com.example.web;

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
