package com.example.orders;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class OrderSearchServlet extends HttpServlet {

    private static final Map<String, String> SORT_COLUMNS = Map.of("date", "created_at", "total", "total_cents");
    private static final Set<String> STATUSES = Set.of("OPEN", "SHIPPED", "CLOSED");

    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String customer = request.getParameter("customer");
        String sql = "SELECT id, total FROM orders WHERE customer = '" + customer + "'";
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            // ruleid: java.injection.sql.jdbc-statement
            ResultSet rs = stmt.executeQuery(sql);
            while (rs.next()) {
                response.getWriter().println(rs.getLong("id"));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    void archive(HttpServletRequest request) throws SQLException {
        String before = request.getHeader("X-Archive-Before");
        try (Connection conn = dataSource.getConnection()) {
            // ruleid: java.injection.sql.jdbc-statement
            conn.createStatement().executeUpdate(String.format("UPDATE orders SET archived = 1 WHERE created_at < '%s'", before));
        }
    }

    void bulkTag(HttpServletRequest request, Connection conn) throws SQLException {
        Statement batch = conn.createStatement();
        for (String id : request.getParameterValues("id")) {
            StringBuilder sb = new StringBuilder("UPDATE orders SET tagged = 1 WHERE id = ");
            // ruleid: java.injection.sql.jdbc-statement
            batch.addBatch(sb.append(id).toString());
        }
        batch.executeBatch();
    }

    void sorted(HttpServletRequest request, Connection conn) throws SQLException {
        // allow-listed identifier from a constant map
        String column = SORT_COLUMNS.getOrDefault(request.getParameter("sort"), "created_at");
        Statement stmt = conn.createStatement();
        // ok: java.injection.sql.jdbc-statement
        stmt.executeQuery("SELECT id FROM orders ORDER BY " + column);
    }

    void byId(HttpServletRequest request, Connection conn) throws SQLException {
        long id = Long.parseLong(request.getParameter("id"));
        Statement stmt = conn.createStatement();
        // ok: java.injection.sql.jdbc-statement
        stmt.execute("DELETE FROM orders WHERE id = " + id);
    }

    void byStatus(HttpServletRequest request, Connection conn) throws SQLException {
        String status = request.getParameter("status");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("bad status");
        }
        Statement stmt = conn.createStatement();
        // ok: java.injection.sql.jdbc-statement
        stmt.executeQuery("SELECT id FROM orders WHERE status = '" + status + "'");
    }

    void parameterised(HttpServletRequest request, Connection conn) throws SQLException {
        PreparedStatement ps = conn.prepareStatement("SELECT id FROM orders WHERE customer = ?");
        ps.setString(1, request.getParameter("customer"));
        // ok: java.injection.sql.jdbc-statement
        ps.executeQuery();
    }
}

@RestController
class OrderReportController {

    private DataSource dataSource;

    private static String equalsClause(String column, String value) {
        return column + " = '" + value + "'";
    }

    @GetMapping("/reports/{region}/count")
    public int count(@PathVariable String region, @RequestParam("minTotal") int minTotal) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            // ok: java.injection.sql.jdbc-statement
            stmt.executeQuery("SELECT COUNT(*) FROM orders WHERE total > " + minTotal);
            // ruleid: java.injection.sql.jdbc-statement
            ResultSet rs = stmt.executeQuery("SELECT COUNT(*) FROM orders WHERE " + equalsClause("region", region));
            rs.next();
            return rs.getInt(1);
        }
    }

    @GetMapping("/reports/constant")
    public boolean constant() throws SQLException {
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            // ok: java.injection.sql.jdbc-statement
            return stmt.execute("REFRESH MATERIALIZED VIEW order_totals");
        }
    }
}

/** Helper parameters, dead code and allow-list guards. */
class SqlJdbcStatementGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");
    private Connection fixtureConnection;

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Statement stmt = fixtureConnection.createStatement();
        // ruleid: java.injection.sql.jdbc-statement
        stmt.executeQuery("SELECT id FROM items WHERE name = '" + value + "'");
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Statement stmt = fixtureConnection.createStatement();
        // ok: java.injection.sql.jdbc-statement
        stmt.executeQuery("SELECT id FROM items WHERE name = '" + value + "'");
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
            Statement stmt = fixtureConnection.createStatement();
            // ok: java.injection.sql.jdbc-statement
            stmt.executeQuery("SELECT id FROM items WHERE name = '" + value + "'");
        } else {
            Statement stmt = fixtureConnection.createStatement();
            // ruleid: java.injection.sql.jdbc-statement
            stmt.executeQuery("SELECT id FROM items WHERE name = '" + value + "'");
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        Statement stmt = fixtureConnection.createStatement();
        // ok: java.injection.sql.jdbc-statement
        stmt.executeQuery("SELECT id FROM items WHERE name = '" + value + "'");
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        Statement stmt = fixtureConnection.createStatement();
        // ruleid: java.injection.sql.jdbc-statement
        stmt.executeQuery("SELECT id FROM items WHERE name = '" + value + "'");
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        Statement stmt = fixtureConnection.createStatement();
        // ok: java.injection.sql.jdbc-statement
        stmt.executeQuery("SELECT id FROM items WHERE name = '" + String.valueOf(valid) + "'");
    }
}
