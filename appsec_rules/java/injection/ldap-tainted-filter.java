package com.example.directory;

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
