package com.example.users;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UserController {

    private static final Set<String> ROLES = Set.of("admin", "editor", "viewer");

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate namedTemplate;
    private final JdbcClient jdbcClient;

    public UserController(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate namedTemplate, JdbcClient jdbcClient) {
        this.jdbcTemplate = jdbcTemplate;
        this.namedTemplate = namedTemplate;
        this.jdbcClient = jdbcClient;
    }

    @GetMapping("/users/by-name")
    public List<Map<String, Object>> byName(@RequestParam String name) {
        String sql = "SELECT id, email FROM users WHERE name = '" + name + "'";
        // ruleid: java.injection.sql.spring-jdbctemplate
        return jdbcTemplate.queryForList(sql);
    }

    @GetMapping("/users/{id}/email")
    public String email(@PathVariable("id") String id) {
        // ruleid: java.injection.sql.spring-jdbctemplate
        return jdbcTemplate.queryForObject("SELECT email FROM users WHERE id = " + id, String.class);
    }

    @DeleteMapping("/users/sessions")
    public int logoutEverywhere(@CookieValue("tenant") String tenant) {
        String where = buildTenantFilter(tenant);
        // ruleid: java.injection.sql.spring-jdbctemplate
        return jdbcTemplate.update("DELETE FROM sessions WHERE " + where);
    }

    @GetMapping("/users/search")
    public List<Map<String, Object>> search(@RequestHeader("X-Team") String team) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        // ruleid: java.injection.sql.spring-jdbctemplate
        return namedTemplate.queryForList(String.format("SELECT id FROM users WHERE team = '%s'", team), params);
    }

    @GetMapping("/users/count")
    public Long count(@RequestParam String country) {
        // ruleid: java.injection.sql.spring-jdbctemplate
        return jdbcClient.sql("SELECT COUNT(*) FROM users WHERE country = '" + country + "'").query(Long.class).single();
    }

    @GetMapping("/users/by-email")
    public List<Map<String, Object>> byEmail(String email) {
        // Spring binds the un-annotated String parameter from the query string (?email=...)
        // ruleid: java.injection.sql.spring-jdbctemplate
        return jdbcTemplate.queryForList("SELECT id FROM users WHERE email = '" + email + "'");
    }

    private static String buildTenantFilter(String tenant) {
        return "tenant = '" + tenant + "'";
    }

    @GetMapping("/users/by-name-safe")
    public List<Map<String, Object>> byNameSafe(@RequestParam String name) {
        // ok: java.injection.sql.spring-jdbctemplate
        return jdbcTemplate.queryForList("SELECT id, email FROM users WHERE name = ?", name);
    }

    @GetMapping("/users/search-safe")
    public List<Map<String, Object>> searchSafe(@RequestHeader("X-Team") String team) {
        MapSqlParameterSource params = new MapSqlParameterSource("team", team);
        // ok: java.injection.sql.spring-jdbctemplate
        return namedTemplate.queryForList("SELECT id FROM users WHERE team = :team", params);
    }

    @GetMapping("/users/by-role")
    public List<Map<String, Object>> byRole(@RequestParam String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role");
        }
        // ok: java.injection.sql.spring-jdbctemplate
        return jdbcTemplate.queryForList("SELECT id FROM users WHERE role = '" + role + "'");
    }

    @GetMapping("/users/page")
    public List<Map<String, Object>> page(@RequestParam int page, @RequestParam("size") Integer size) {
        // ok: java.injection.sql.spring-jdbctemplate
        return jdbcTemplate.queryForList("SELECT id FROM users LIMIT " + size + " OFFSET " + (page * size));
    }

    @GetMapping("/users/count-safe")
    public Long countSafe(@RequestParam String country) {
        // ok: java.injection.sql.spring-jdbctemplate
        return jdbcClient.sql("SELECT COUNT(*) FROM users WHERE country = :c").param("c", country).query(Long.class).single();
    }
}
