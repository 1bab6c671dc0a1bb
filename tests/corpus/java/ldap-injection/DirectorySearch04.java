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
public class DirectorySearch04 {
    private static final String BASE_DN = "ou=people,dc=corp,dc=example,dc=com";

    /** Bind to the directory with the service account. */
    private static DirContext directory() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ldap.corp.example.com");
        return new InitialDirContext(env);
    }

    /** Perform the operation for the given value. */
    private String searchDirectory(String uid) throws Exception {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        NamingEnumeration<SearchResult> results = directory().search(BASE_DN, "(&(objectClass=person)(uid=" + uid + "))", controls);
        return String.valueOf(results.hasMore() ? results.next().getNameInNamespace() : "");
    }

    /** Search the staff directory by user id. */
    @GetMapping("/directory/search")
    public String search(HttpServletRequest request) throws Exception {
        return searchDirectory(request.getParameter("uid"));
    }
}
