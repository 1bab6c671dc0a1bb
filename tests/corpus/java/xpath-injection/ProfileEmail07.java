package com.example.xpathinjection;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;

/**
 * Legacy XML profile store endpoint.
 */
@RestController
public class ProfileEmail07 {
    private static final String PROFILES_PATH = "/srv/app/data/profiles.xml";

    /** Return the e-mail address stored in the XML profile store. */
    @GetMapping("/profiles/email")
    public String email(HttpServletRequest request) throws Exception {
        String username = request.getParameter("username");
        String query = "//user[@name='" + username + "']/email/text()";
        XPath xpath = XPathFactory.newInstance().newXPath();
        String email = xpath.evaluate(query, new InputSource(PROFILES_PATH));
        return String.valueOf(email);
    }
}
