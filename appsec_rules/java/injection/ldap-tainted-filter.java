package com.example.directory;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import javax.naming.directory.InitialDirContext;
import java.util.List;
import java.util.Set;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.BasicAttributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.filter.AndFilter;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class DirectoryLookup {

    private static final Set<String> DEPARTMENTS = Set.of("sales", "engineering");

    private DirContext ctx;

    public NamingEnumeration<SearchResult> login(HttpServletRequest request) throws NamingException {
        String user = request.getParameter("user");
        String pass = request.getParameter("pass");
        String filter = "(&(uid=" + user + ")(userPassword=" + pass + "))";
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        // ruleid: java.injection.ldap.tainted-filter
        return ctx.search("ou=people,dc=example,dc=com", filter, controls);
    }

    public NamingEnumeration<SearchResult> byMail(HttpServletRequest request) throws NamingException {
        String mail = request.getHeader("X-Mail");
        // ruleid: java.injection.ldap.tainted-filter
        return ctx.search("ou=people,dc=example,dc=com", String.format("(mail=%s)", mail), new SearchControls());
    }

    public NamingEnumeration<SearchResult> loginSafe(HttpServletRequest request) throws NamingException {
        Object[] args = {request.getParameter("user")};
        // ok: java.injection.ldap.tainted-filter
        return ctx.search("ou=people,dc=example,dc=com", "(uid={0})", args, new SearchControls());
    }

    public NamingEnumeration<SearchResult> byDepartment(HttpServletRequest request) throws NamingException {
        String dept = request.getParameter("dept");
        if (!DEPARTMENTS.contains(dept)) {
            throw new IllegalArgumentException("unknown department");
        }
        // ok: java.injection.ldap.tainted-filter
        return ctx.search("ou=people,dc=example,dc=com", "(department=" + dept + ")", new SearchControls());
    }

    public NamingEnumeration<SearchResult> byAttributes(HttpServletRequest request) throws NamingException {
        Attributes match = new BasicAttributes("cn", request.getParameter("cn"));
        // ok: java.injection.ldap.tainted-filter
        return ctx.search("ou=people,dc=example,dc=com", match, new String[] {"mail"});
    }
}

@RestController
class PeopleController {

    private final LdapTemplate ldapTemplate;

    PeopleController(LdapTemplate ldapTemplate) {
        this.ldapTemplate = ldapTemplate;
    }

    private static String groupFilter(String group) {
        return "(&(objectClass=groupOfNames)(cn=" + group + "))";
    }

    @GetMapping("/groups")
    public List<String> groups(@RequestParam String group) {
        AttributesMapper<String> mapper = attrs -> (String) attrs.get("cn").get();
        // ruleid: java.injection.ldap.tainted-filter
        return ldapTemplate.search("ou=groups", groupFilter(group), mapper);
    }

    @GetMapping("/people")
    public List<String> people(@RequestParam String name) {
        AndFilter filter = new AndFilter();
        filter.and(new EqualsFilter("objectClass", "person"));
        filter.and(new EqualsFilter("cn", name));
        // ok: java.injection.ldap.tainted-filter
        return ldapTemplate.search("ou=people", filter.encode(), (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }

    @GetMapping("/people/encoded")
    public List<String> encoded(@RequestParam String name) {
        String filter = "(cn=" + LdapEncoder.filterEncode(name) + ")";
        // ok: java.injection.ldap.tainted-filter
        return ldapTemplate.search("ou=people", filter, (AttributesMapper<String>) attrs -> (String) attrs.get("cn").get());
    }
}

/** Helper parameters, dead code and allow-list guards. */
class LdapTaintedFilterGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        DirContext ctx = new InitialDirContext();
        // ruleid: java.injection.ldap.tainted-filter
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls());
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        DirContext ctx = new InitialDirContext();
        // ok: java.injection.ldap.tainted-filter
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls());
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
            DirContext ctx = new InitialDirContext();
            // ok: java.injection.ldap.tainted-filter
            ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls());
        } else {
            DirContext ctx = new InitialDirContext();
            // ruleid: java.injection.ldap.tainted-filter
            ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls());
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        DirContext ctx = new InitialDirContext();
        // ok: java.injection.ldap.tainted-filter
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls());
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        DirContext ctx = new InitialDirContext();
        // ruleid: java.injection.ldap.tainted-filter
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + value + ")", new SearchControls());
    }
}

class DirectoryHelperFixtures {
    private static DirContext directory() throws NamingException {
        return new InitialDirContext();
    }

    String search(HttpServletRequest request) throws Exception {
        SearchControls controls = new SearchControls();
        // the receiver is a DirContext returned by a helper method, so its type is not declared here
        // ruleid: java.injection.ldap.tainted-filter
        NamingEnumeration<SearchResult> results = directory().search("ou=people,dc=example,dc=com", "(uid=" + request.getParameter("uid") + ")", controls);
        return results.hasMore() ? results.next().getNameInNamespace() : "";
    }

    String searchWithArgs(HttpServletRequest request) throws Exception {
        SearchControls controls = new SearchControls();
        // ok: java.injection.ldap.tainted-filter
        NamingEnumeration<SearchResult> results = directory().search("ou=people,dc=example,dc=com", "(uid={0})", new Object[] {request.getParameter("uid")}, controls);
        return results.hasMore() ? results.next().getNameInNamespace() : "";
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        DirContext ctx = new InitialDirContext();
        // ok: java.injection.ldap.tainted-filter
        ctx.search("ou=people,dc=example,dc=com", "(uid=" + String.valueOf(valid) + ")", new SearchControls());
    }
}
