package com.example.ldapinjection;

import java.io.IOException;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Staff directory endpoint backed by LDAP.
 */
@WebServlet("/directory/search")
public class DirectorySearch12 extends HttpServlet {
    private static final String BASE_DN = "ou=people,dc=corp,dc=example,dc=com";

    /** Bind to the directory with the service account. */
    private static DirContext directory() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://ldap.corp.example.com");
        return new InitialDirContext(env);
    }

    /** Search the staff directory by user id. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            NamingEnumeration<SearchResult> results = directory().search(BASE_DN, "(&(objectClass=person)(uid=" + request.getParameter("uid") + "))", controls);
            response.getWriter().write(String.valueOf(results.hasMore() ? results.next().getNameInNamespace() : ""));
            return;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
