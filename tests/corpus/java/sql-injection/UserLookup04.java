package com.example.sqlinjection;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

/**
 * User directory endpoint.
 */
@WebServlet("/users/lookup")
public class UserLookup04 extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(UserLookup04.class.getName());
    @Resource(name = "jdbc/users")
    private DataSource dataSource;
    private static final Pattern VALID_USERNAME_RE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    /** Look up a user account by username. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            String username = request.getParameter("username");
            if (!VALID_USERNAME_RE.matcher(username).matches()) {
                LOG.warning("unexpected username value: " + username);
            }
            try (Connection conn = dataSource.getConnection(); Statement stmt = conn.createStatement()) {
                ResultSet rs = stmt.executeQuery("SELECT id, email FROM users WHERE username = '" + username + "'");
                response.getWriter().write(String.valueOf(rs.next() ? rs.getString("email") : ""));
                return;
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
