package com.example.users;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
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

/** Helper parameters, dead code and allow-list guards. */
class SqlSpringJdbctemplateGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");
    private JdbcTemplate fixtureJdbc;

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.injection.sql.spring-jdbctemplate
        fixtureJdbc.queryForList("SELECT id FROM items WHERE name = '" + value + "'");
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.injection.sql.spring-jdbctemplate
        fixtureJdbc.queryForList("SELECT id FROM items WHERE name = '" + value + "'");
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
            // ok: java.injection.sql.spring-jdbctemplate
            fixtureJdbc.queryForList("SELECT id FROM items WHERE name = '" + value + "'");
        } else {
            // ruleid: java.injection.sql.spring-jdbctemplate
            fixtureJdbc.queryForList("SELECT id FROM items WHERE name = '" + value + "'");
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.injection.sql.spring-jdbctemplate
        fixtureJdbc.queryForList("SELECT id FROM items WHERE name = '" + value + "'");
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.injection.sql.spring-jdbctemplate
        fixtureJdbc.queryForList("SELECT id FROM items WHERE name = '" + value + "'");
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.injection.sql.spring-jdbctemplate
        fixtureJdbc.queryForList("SELECT id FROM items WHERE name = '" + String.valueOf(valid) + "'");
    }
}
