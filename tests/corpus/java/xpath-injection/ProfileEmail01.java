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
public class ProfileEmail01 {
    private static final String PROFILES_PATH = "/srv/app/data/profiles.xml";
    private static final boolean DEBUG_ONLY = false;

    /** Return the e-mail address stored in the XML profile store. */
    @GetMapping("/profiles/email")
    public String email(HttpServletRequest request) throws Exception {
        if (DEBUG_ONLY) {
            String username = request.getParameter("username");
            XPath xpath = XPathFactory.newInstance().newXPath();
            String email = xpath.evaluate("//user[@name='" + username + "']/email/text()", new InputSource(PROFILES_PATH));
            return String.valueOf(email);
        }
        return String.valueOf("disabled");
    }
}
