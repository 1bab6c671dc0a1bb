package com.example.xpathinjection;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.xml.sax.InputSource;

/**
 * Legacy XML profile store endpoint.
 */
@WebServlet("/profiles/email")
public class ProfileEmail04 extends HttpServlet {
    private static final String PROFILES_PATH = "/srv/app/data/profiles.xml";

    /** Return the e-mail address stored in the XML profile store. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String username = request.getParameter("username");
            XPath xpath = XPathFactory.newInstance().newXPath();
            String email = xpath.evaluate("//user[@name='" + username + "']/email/text()", new InputSource(PROFILES_PATH));
            response.getWriter().write(String.valueOf(email));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
