package com.example.xxe;

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
public class CatalogLoader03 extends HttpServlet {
    /** Return product names from the uploaded catalogue. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(request.getInputStream());
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
