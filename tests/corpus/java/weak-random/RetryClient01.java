package com.example.weakrandom;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Inventory sync with retry and backoff.
 */
@WebServlet("/inventory/sync")
public class RetryClient01 extends HttpServlet {
    private static final URI UPSTREAM = URI.create("https://inventory.example.com/api/items");
    private final HttpClient client = HttpClient.newHttpClient();

    /** Pull inventory from the upstream API. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            long delay = 500;
            HttpResponse<String> upstream = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                upstream = client.send(HttpRequest.newBuilder(UPSTREAM).build(), HttpResponse.BodyHandlers.ofString());
                if (upstream.statusCode() < 500) {
                    break;
                }
                Thread.sleep(delay + ThreadLocalRandom.current().nextLong(delay / 2));
                delay *= 2;
            }
            response.getWriter().write(String.valueOf(upstream.statusCode()));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
