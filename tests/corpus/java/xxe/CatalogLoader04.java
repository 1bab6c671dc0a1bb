package com.example.xxe;

import java.io.FileInputStream;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

/**
 * Catalogue endpoint.
 */
@WebServlet("/catalog")
public class CatalogLoader04 extends HttpServlet {
    private static final String CATALOG_PATH = "/srv/app/data/catalog.xml";

    /** Return product names from the bundled catalogue. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            XMLStreamReader reader = XMLInputFactory.newInstance().createXMLStreamReader(new FileInputStream(CATALOG_PATH));
            StringBuilder names = new StringBuilder();
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && "name".equals(reader.getLocalName())) {
                    names.append(reader.getElementText()).append('\n');
                }
            }
            response.getWriter().write(names.toString());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
