package com.example.accounts;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.owasp.esapi.ESAPI;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

public class XmlUserStore {

    private static final Set<String> REGIONS = Set.of("emea", "apac", "amer");

    private Document users;

    public boolean authenticate(HttpServletRequest request) throws XPathExpressionException {
        String user = request.getParameter("user");
        String pass = request.getParameter("pass");
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expr = "/users/user[@name='" + user + "' and @password='" + pass + "']";
        // ruleid: java.injection.xpath.tainted-expression
        NodeList nodes = (NodeList) xpath.evaluate(expr, users, XPathConstants.NODESET);
        return nodes.getLength() > 0;
    }

    public String email(HttpServletRequest request) throws XPathExpressionException {
        String id = request.getHeader("X-User-Id");
        // ruleid: java.injection.xpath.tainted-expression
        return XPathFactory.newInstance().newXPath().evaluate(String.format("/users/user[@id='%s']/email", id), users);
    }

    public boolean authenticateSafe(HttpServletRequest request) throws XPathExpressionException {
        String user = request.getParameter("user");
        String pass = request.getParameter("pass");
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver((QName name) -> "user".equals(name.getLocalPart()) ? user : pass);
        // ok: java.injection.xpath.tainted-expression
        NodeList nodes = (NodeList) xpath.evaluate("/users/user[@name=$user and @password=$pass]", users, XPathConstants.NODESET);
        return nodes.getLength() > 0;
    }

    public String region(HttpServletRequest request) throws XPathExpressionException {
        String region = request.getParameter("region");
        if (!REGIONS.contains(region)) {
            return "";
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ok: java.injection.xpath.tainted-expression
        return xpath.evaluate("count(/users/user[@region='" + region + "'])", users);
    }
}

@RestController
class ProfileController {

    private Document profiles;

    private static String profilePath(String username) {
        return "/profiles/profile[username/text()='" + username + "']/bio";
    }

    @GetMapping("/profile")
    public String bio(@RequestParam String username) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java.injection.xpath.tainted-expression
        XPathExpression compiled = xpath.compile(profilePath(username));
        return compiled.evaluate(profiles);
    }

    @GetMapping("/profile/escaped")
    public String escaped(@RequestParam String username) throws XPathExpressionException {
        String safeName = ESAPI.encoder().encodeForXPath(username);
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ok: java.injection.xpath.tainted-expression
        return xpath.evaluate("/profiles/profile[username/text()='" + safeName + "']/bio", profiles);
    }

    @GetMapping("/profile/by-index")
    public String byIndex(@RequestParam("n") int n) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ok: java.injection.xpath.tainted-expression
        return xpath.evaluate("/profiles/profile[" + n + "]/bio", profiles);
    }
}
