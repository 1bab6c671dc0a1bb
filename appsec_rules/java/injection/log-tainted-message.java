package com.example.auth;

import java.io.IOException;
import java.util.logging.Level;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class LoginServlet extends HttpServlet {

    private static final Logger LOGGER = LoggerFactory.getLogger(LoginServlet.class);
    private static final java.util.logging.Logger AUDIT_LOG = java.util.logging.Logger.getLogger("audit");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        // ruleid: java.injection.log.tainted-message
        LOGGER.info("Login attempt for user " + username);

        String agent = request.getHeader("User-Agent");
        // ruleid: java.injection.log.tainted-message
        AUDIT_LOG.log(Level.WARNING, String.format("login from agent=%s", agent));

        String clean = username.replaceAll("[\\r\\n]", "_");
        // ok: java.injection.log.tainted-message
        LOGGER.info("Login attempt for user {}", clean);

        // ok: java.injection.log.tainted-message
        LOGGER.debug("Username length {}", username.length());

        // ok: java.injection.log.tainted-message
        LOGGER.info("Login form submitted from {}", request.getRemoteAddr());
    }
}

@RestController
class PasswordResetController {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetController.class);

    private static String describe(String email, String locale) {
        return "reset requested email=" + email + " locale=" + locale;
    }

    @PostMapping("/password/reset")
    public void reset(@RequestParam String email, @RequestHeader("Accept-Language") String locale) {
        // ruleid: java.injection.log.tainted-message
        log.warn("{}", describe(email, locale));
    }

    @PostMapping("/password/reset-escaped")
    public void resetEscaped(@RequestParam String email) {
        // ok: java.injection.log.tainted-message
        log.warn("reset requested email={}", StringEscapeUtils.escapeJava(email));
    }

    @PostMapping("/password/attempts")
    public void attempts(@RequestParam("attempt") int attempt, @RequestParam String email) {
        // ok: java.injection.log.tainted-message
        log.info("reset attempt number {}", attempt);
    }
}
