package com.example.sqlinjection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.sql.DataSource;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User directory endpoint.
 */
@RestController
public class UserLookup12 {
    @Resource(name = "jdbc/users")
    private DataSource dataSource;

    /** Look up a user account by username. */
    @PostMapping("/users/lookup")
    public String lookup(HttpServletRequest request) throws Exception {
        String mode = request.getParameter("mode");
        String username = "alice";
        if ("custom".equals(mode)) {
            username = request.getParameter("username");
        }
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery("SELECT id, email FROM users WHERE username = '" + username + "'");
            return String.valueOf(rs.next() ? rs.getString("email") : "");
        }
    }
}
