package com.example.xss;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Landing page endpoint.
 */
@WebServlet("/greet")
public class Greeting07 extends HttpServlet {
    /** Render a personalised greeting. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String mode = request.getParameter("mode");
            String name = "archive".equals(mode) ? "Visitor" : "Guest";
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<h1>Hello, " + name + "!</h1>");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
