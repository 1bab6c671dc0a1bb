package com.example.blog;

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
