package com.example.blog;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PostController {

    private static final Map<String, String> SORTS = Map.of("new", "p.publishedAt DESC", "top", "p.score DESC");

    @PersistenceContext
    private EntityManager entityManager;

    @GetMapping("/posts")
    public List<Post> byAuthor(@RequestParam String author) {
        String jpql = "SELECT p FROM Post p WHERE p.author.username = '" + author + "'";
        // ruleid: java.injection.sql.jpa-query
        return entityManager.createQuery(jpql, Post.class).getResultList();
    }

    @GetMapping("/posts/tag/{tag}")
    public List<?> byTag(@PathVariable String tag) {
        // ruleid: java.injection.sql.jpa-query
        return entityManager.createNativeQuery(String.format("SELECT * FROM posts WHERE tags @> ARRAY['%s']", tag)).getResultList();
    }

    public List<?> legacySearch(HttpServletRequest request, Session session) {
        String hql = buildSearch(request.getParameter("title"));
        // ruleid: java.injection.sql.jpa-query
        return session.createQuery(hql).list();
    }

    private static String buildSearch(String title) {
        StringBuilder sb = new StringBuilder("from Post p where 1=1");
        sb.append(" and p.title like '%").append(title).append("%'");
        return sb.toString();
    }

    @GetMapping("/posts/safe")
    public List<Post> byAuthorSafe(@RequestParam String author) {
        // ok: java.injection.sql.jpa-query
        TypedQuery<Post> q = entityManager.createQuery("SELECT p FROM Post p WHERE p.author.username = :author", Post.class);
        q.setParameter("author", author);
        return q.getResultList();
    }

    @GetMapping("/posts/criteria")
    public List<Post> criteria(@RequestParam String title) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Post> cq = cb.createQuery(Post.class);
        Root<Post> root = cq.from(Post.class);
        CriteriaQuery<Post> byTitle = cq.select(root).where(cb.equal(root.get("title"), title));
        // ok: java.injection.sql.jpa-query
        return entityManager.createQuery(byTitle).getResultList();
    }

    @GetMapping("/posts/sorted")
    public List<Post> sorted(@RequestParam("sort") String sort) {
        String orderBy = SORTS.getOrDefault(sort, "p.publishedAt DESC");
        // ok: java.injection.sql.jpa-query
        return entityManager.createQuery("SELECT p FROM Post p ORDER BY " + orderBy, Post.class).getResultList();
    }

    @GetMapping("/posts/{id}/native")
    public Object nativeById(@PathVariable long id) {
        // ok: java.injection.sql.jpa-query
        return entityManager.createNativeQuery("SELECT * FROM posts WHERE id = " + id).getSingleResult();
    }

    static class Post {
    }
}

/** Helper parameters, dead code and allow-list guards. */
class SqlJpaQueryGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");
    private EntityManager fixtureEm;

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.injection.sql.jpa-query
        fixtureEm.createQuery("SELECT i FROM Item i WHERE i.name = '" + value + "'");
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.injection.sql.jpa-query
        fixtureEm.createQuery("SELECT i FROM Item i WHERE i.name = '" + value + "'");
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
            // ok: java.injection.sql.jpa-query
            fixtureEm.createQuery("SELECT i FROM Item i WHERE i.name = '" + value + "'");
        } else {
            // ruleid: java.injection.sql.jpa-query
            fixtureEm.createQuery("SELECT i FROM Item i WHERE i.name = '" + value + "'");
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.injection.sql.jpa-query
        fixtureEm.createQuery("SELECT i FROM Item i WHERE i.name = '" + value + "'");
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.injection.sql.jpa-query
        fixtureEm.createQuery("SELECT i FROM Item i WHERE i.name = '" + value + "'");
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.injection.sql.jpa-query
        fixtureEm.createQuery("SELECT i FROM Item i WHERE i.name = '" + String.valueOf(valid) + "'");
    }
}
