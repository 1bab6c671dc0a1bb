package com.example.search;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.owasp.encoder.Encode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

public class SearchServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String q = request.getParameter("q");
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<html><body>");
        // ruleid: java.xss.reflected.servlet-writer
        out.println("<h1>Results for " + q + "</h1>");
        // ok: java.xss.reflected.servlet-writer
        out.println("<p>You searched for " + Encode.forHtml(q) + "</p>");
        out.println("</body></html>");
    }

    void greet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = "anonymous";
        for (Cookie c : request.getCookies()) {
            if ("display_name".equals(c.getName())) {
                name = c.getValue();
            }
        }
        // ruleid: java.xss.reflected.servlet-writer
        response.getWriter().printf("<div class=\"greeting\">Hello %s</div>", name);
    }

    void referer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = request.getHeader("Referer");
        try (PrintWriter writer = response.getWriter()) {
            // ruleid: java.xss.reflected.servlet-writer
            writer.write(backLink(back));
        }
    }

    private static String backLink(String url) {
        return "<a href=\"" + url + "\">Back</a>";
    }

    void escaped(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = StringEscapeUtils.escapeHtml4(request.getParameter("q"));
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().print("<h1>" + q + "</h1>");
    }

    void json(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().write("{\"query\":\"" + request.getParameter("q").replace("\"", "") + "\"}");
    }

    void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int page = Integer.parseInt(request.getParameter("page"));
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().println("<p>Page " + page + "</p>");
    }
}

@RestController
class LegacyWidgetController {

    @GetMapping("/widget")
    public void widget(@RequestParam String title, HttpServletResponse response) throws IOException {
        // ruleid: java.xss.reflected.servlet-writer
        response.getOutputStream().print("<div class=\"widget\"><h2>" + title + "</h2></div>");
    }

    @GetMapping("/widget-safe")
    public void widgetSafe(@RequestParam String title, HttpServletResponse response) throws IOException {
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().print("<div class=\"widget\"><h2>" + HtmlUtils.htmlEscape(title) + "</h2></div>");
    }
}
