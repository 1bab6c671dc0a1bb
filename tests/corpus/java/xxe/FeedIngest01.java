package com.example.xxe;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Feed ingestion endpoint.
 */
@WebServlet("/feeds/ingest")
public class FeedIngest01 extends HttpServlet {
    /** Parse the feed and return the number of items. */
    private static int countItems(InputStream in) throws Exception {
        int[] items = {0};
        SAXParserFactory.newInstance().newSAXParser().parse(in, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attrs) {
                if ("item".equals(qName)) {
                    items[0]++;
                }
            }
        });
        return items[0];
    }

    /** Count the items in an uploaded RSS feed. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            response.getWriter().write(String.valueOf(countItems(request.getInputStream())));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
