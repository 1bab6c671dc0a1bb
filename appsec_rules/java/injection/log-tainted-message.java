package com.example.auth;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
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

/** Helper parameters, dead code and allow-list guards. */
class LogTaintedMessageGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Logger FIXTURE_LOG = Logger.getLogger("fixture");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.injection.log.tainted-message
        FIXTURE_LOG.info("value: " + value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.injection.log.tainted-message
        FIXTURE_LOG.info("value: " + value);
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
            // ok: java.injection.log.tainted-message
            FIXTURE_LOG.info("value: " + value);
        } else {
            // ruleid: java.injection.log.tainted-message
            FIXTURE_LOG.info("value: " + value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.injection.log.tainted-message
        FIXTURE_LOG.info("value: " + value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.injection.log.tainted-message
        FIXTURE_LOG.info("value: " + value);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.injection.log.tainted-message
        FIXTURE_LOG.info("value: " + String.valueOf(valid));
    }
}
