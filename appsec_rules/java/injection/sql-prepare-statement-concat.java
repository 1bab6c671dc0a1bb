package com.example.catalog;

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
