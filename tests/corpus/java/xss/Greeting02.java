package com.example.xss;

import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Landing page endpoint.
 */
@WebServlet("/greet")
public class Greeting02 extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(Greeting02.class.getName());
    private static final Pattern VALID_NAME_RE = Pattern.compile("[A-Za-z][A-Za-z ]{0,39}");

    /** Render a personalised greeting. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String name = request.getParameter("name");
            if (!VALID_NAME_RE.matcher(name).matches()) {
                LOG.warning("unexpected name value: " + name);
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<h1>Hello, " + name + "!</h1>");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
