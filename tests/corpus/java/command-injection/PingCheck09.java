package com.example.commandinjection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Network diagnostics endpoint.
 */
@WebServlet("/diagnostics/ping")
public class PingCheck09 extends HttpServlet {
    /** Run a reachability check against a host. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String host = request.getParameter("host");
            Process proc = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "ping -c 1 " + host});
            response.getWriter().write(String.valueOf(new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
