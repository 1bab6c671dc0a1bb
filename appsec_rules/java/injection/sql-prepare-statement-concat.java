package com.example.catalog;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductController {

    private static final Map<String, String> ORDER_BY = Map.of("name", "p.name", "price", "p.price_cents");

    private final DataSource dataSource;

    public ProductController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GetMapping("/products")
    public int search(@RequestParam("q") String query) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            String sql = "SELECT id FROM products WHERE name LIKE '%" + query + "%'";
            // ruleid: java.injection.sql.prepare-statement-concat
            PreparedStatement ps = conn.prepareStatement(sql);
            ResultSet rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @GetMapping("/products/sorted")
    public void sorted(@RequestParam String sort, @RequestParam String dir) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            // ruleid: java.injection.sql.prepare-statement-concat
            PreparedStatement ps = conn.prepareStatement(String.format("SELECT id FROM products ORDER BY %s %s", sort, dir));
            ps.executeQuery();
        }
    }

    @PostMapping("/products/recalc")
    public void recalc(@RequestBody PriceChange change) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            StringBuilder call = new StringBuilder("{call recalc_prices('");
            call.append(change.getCategory()).append("')}");
            // ruleid: java.injection.sql.prepare-statement-concat
            CallableStatement cs = conn.prepareCall(call.toString());
            cs.execute();
        }
    }

    public void legacy(HttpServletRequest request, Connection conn) throws SQLException {
        String table = tableFor(request.getParameter("tenant"));
        // ruleid: java.injection.sql.prepare-statement-concat
        conn.prepareStatement("SELECT * FROM " + table + " WHERE active = ?").executeQuery();
    }

    private static String tableFor(String tenant) {
        return "products_" + tenant;
    }

    @GetMapping("/products/safe")
    public int safe(@RequestParam("q") String query) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            // ok: java.injection.sql.prepare-statement-concat
            PreparedStatement ps = conn.prepareStatement("SELECT id FROM products WHERE name LIKE ?");
            ps.setString(1, "%" + query + "%");
            ResultSet rs = ps.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @GetMapping("/products/safe-sorted")
    public void safeSorted(@RequestParam String sort) throws SQLException {
        String column = ORDER_BY.getOrDefault(sort, "p.name");
        try (Connection conn = dataSource.getConnection()) {
            // ok: java.injection.sql.prepare-statement-concat
            PreparedStatement ps = conn.prepareStatement("SELECT p.id FROM products p ORDER BY " + column);
            ps.executeQuery();
        }
    }

    @GetMapping("/products/page")
    public void page(@RequestParam int limit, HttpServletRequest request) throws SQLException {
        int offset = Integer.parseInt(request.getParameter("offset"));
        try (Connection conn = dataSource.getConnection()) {
            // ok: java.injection.sql.prepare-statement-concat
            PreparedStatement ps = conn.prepareStatement("SELECT id FROM products LIMIT " + limit + " OFFSET " + offset);
            ps.executeQuery();
        }
    }

    static class PriceChange {
        private String category;
        public String getCategory() { return category; }
    }
}

/** Helper parameters, dead code and allow-list guards. */
class SqlPrepareStatementConcatGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");
    private Connection fixtureConnection;

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.injection.sql.prepare-statement-concat
        PreparedStatement ps = fixtureConnection.prepareStatement("SELECT id FROM items WHERE name = '" + value + "'");
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.injection.sql.prepare-statement-concat
        PreparedStatement ps = fixtureConnection.prepareStatement("SELECT id FROM items WHERE name = '" + value + "'");
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
            // ok: java.injection.sql.prepare-statement-concat
            PreparedStatement ps = fixtureConnection.prepareStatement("SELECT id FROM items WHERE name = '" + value + "'");
        } else {
            // ruleid: java.injection.sql.prepare-statement-concat
            PreparedStatement ps = fixtureConnection.prepareStatement("SELECT id FROM items WHERE name = '" + value + "'");
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.injection.sql.prepare-statement-concat
        PreparedStatement ps = fixtureConnection.prepareStatement("SELECT id FROM items WHERE name = '" + value + "'");
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.injection.sql.prepare-statement-concat
        PreparedStatement ps = fixtureConnection.prepareStatement("SELECT id FROM items WHERE name = '" + value + "'");
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.injection.sql.prepare-statement-concat
        PreparedStatement ps = fixtureConnection.prepareStatement("SELECT id FROM items WHERE name = '" + String.valueOf(valid) + "'");
    }
}
