package com.example.accounts;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
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

/** Helper parameters, dead code and allow-list guards. */
class XpathTaintedExpressionGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");
    private Document fixtureDoc;

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java.injection.xpath.tainted-expression
        xpath.evaluate("/items/item[@name='" + value + "']", fixtureDoc);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ok: java.injection.xpath.tainted-expression
        xpath.evaluate("/items/item[@name='" + value + "']", fixtureDoc);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            fixtureHelper(request.getParameter("v"), request, response);
            fixtureConstHelper("fixed", request, response);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** The DEBUG_ONLY branch cannot run; the else branch can. */
    void deadCode(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (DEBUG_ONLY) {
            XPath xpath = XPathFactory.newInstance().newXPath();
            // ok: java.injection.xpath.tainted-expression
            xpath.evaluate("/items/item[@name='" + value + "']", fixtureDoc);
        } else {
            XPath xpath = XPathFactory.newInstance().newXPath();
            // ruleid: java.injection.xpath.tainted-expression
            xpath.evaluate("/items/item[@name='" + value + "']", fixtureDoc);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ok: java.injection.xpath.tainted-expression
        xpath.evaluate("/items/item[@name='" + value + "']", fixtureDoc);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ruleid: java.injection.xpath.tainted-expression
        xpath.evaluate("/items/item[@name='" + value + "']", fixtureDoc);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        // ok: java.injection.xpath.tainted-expression
        xpath.evaluate("/items/item[@name='" + String.valueOf(valid) + "']", fixtureDoc);
    }
}
