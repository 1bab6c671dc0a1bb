package com.example.sqlinjection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.sql.DataSource;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * User directory endpoint.
 */
@RestController
public class UserLookup01 {
    @Resource(name = "jdbc/users")
    private DataSource dataSource;
    private static final Pattern VALID_USERNAME_RE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    /** Look up a user account by username. */
    @PostMapping("/users/lookup")
    public String lookup(HttpServletRequest request) throws Exception {
        String username = request.getParameter("username");
        if (!VALID_USERNAME_RE.matcher(username).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid parameter");
        }
        try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
            ResultSet rs = stmt.executeQuery("SELECT id, email FROM users WHERE username = '" + username + "'");
            return String.valueOf(rs.next() ? rs.getString("email") : "");
        }
    }
}
