package com.example.search;

import java.util.Base64;
import java.util.regex.Pattern;
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

/** Helper parameters, dead code and allow-list guards. */
class ServletWriterGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.xss.reflected.servlet-writer
        response.getWriter().write("<p>" + value + "</p>");
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().write("<p>" + value + "</p>");
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
            // ok: java.xss.reflected.servlet-writer
            response.getWriter().write("<p>" + value + "</p>");
        } else {
            // ruleid: java.xss.reflected.servlet-writer
            response.getWriter().write("<p>" + value + "</p>");
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().write("<p>" + value + "</p>");
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.xss.reflected.servlet-writer
        response.getWriter().write("<p>" + value + "</p>");
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().write("<p>" + String.valueOf(valid) + "</p>");
    }

    /** Safe: Base64 output contains no markup characters. */
    void encoded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        byte[] data = request.getParameter("v").getBytes();
        // ok: java.xss.reflected.servlet-writer
        response.getWriter().write(Base64.getEncoder().encodeToString(data));
    }
}
