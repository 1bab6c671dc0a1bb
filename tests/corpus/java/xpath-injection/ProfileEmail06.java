package com.example.xpathinjection;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.xml.sax.InputSource;

/**
 * Legacy XML profile store endpoint.
 */
@RestController
public class ProfileEmail06 {
    private static final String PROFILES_PATH = "/srv/app/data/profiles.xml";
    private static final Set<String> ALLOWED_USERNAMES = Set.of("alice", "bob", "carol");

    /** Return the e-mail address stored in the XML profile store. */
    @GetMapping("/profiles/email")
    public String email(HttpServletRequest request) throws Exception {
        String username = request.getParameter("username");
        if (!ALLOWED_USERNAMES.contains(username)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid parameter");
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        String email = xpath.evaluate("//user[@name='" + username + "']/email/text()", new InputSource(PROFILES_PATH));
        return String.valueOf(email);
    }
}
