package com.example.prefs;

import java.util.regex.Pattern;
import javax.servlet.ServletException;
import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class PreferencesServlet extends HttpServlet {

    private static final Set<String> THEMES = Set.of("light", "dark");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String role = request.getParameter("role");
        HttpSession session = request.getSession();
        // ruleid: java.web.session.trust-boundary
        session.setAttribute("role", role);

        String theme = request.getParameter("theme");
        if (THEMES.contains(theme)) {
            // ok: java.web.session.trust-boundary
            session.setAttribute("theme", theme);
        }
    }

    void legacy(HttpServletRequest request) {
        String userId = request.getHeader("X-User-Id");
        // ruleid: java.web.session.trust-boundary
        request.getSession(true).putValue("userId", "u-" + userId);
    }

    void pageSize(HttpServletRequest request) {
        int size = Integer.parseInt(request.getParameter("size"));
        // ok: java.web.session.trust-boundary
        request.getSession().setAttribute("pageSize", size);
    }
}

@RestController
class CartController {

    private static CartItem toItem(ItemForm form) {
        return new CartItem(form.getSku(), form.getPrice());
    }

    @PostMapping("/cart")
    public void add(@RequestBody ItemForm form, HttpSession session) {
        CartItem item = toItem(form);
        // ruleid: java.web.session.trust-boundary
        session.setAttribute("lastItem", item);
    }

    @PostMapping("/cart/locale")
    public void locale(@RequestParam String locale, HttpSession session) {
        if (!locale.matches("[a-z]{2}(-[A-Z]{2})?")) {
            throw new IllegalArgumentException("bad locale");
        }
        // ok: java.web.session.trust-boundary
        session.setAttribute("locale", locale);
    }

    private UserService userService;

    @PostMapping("/login")
    public void login(@RequestParam String username, @RequestParam String password, HttpSession session) {
        User user = userService.authenticate(username, password);
        // ok: java.web.session.trust-boundary
        session.setAttribute("user", user);
    }

    interface UserService {
        User authenticate(String username, String password);
    }

    static class User {
    }

    @PostMapping("/cart/clear")
    public void clear(HttpSession session) {
        // ok: java.web.session.trust-boundary
        session.setAttribute("cart", new java.util.ArrayList<CartItem>());
    }

    static class ItemForm {
        private String sku;
        private String price;
        public String getSku() { return sku; }
        public String getPrice() { return price; }
    }

    static class CartItem {
        CartItem(String sku, String price) { }
    }
}

/** Helper parameters, dead code and allow-list guards. */
class SessionTrustBoundaryGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.web.session.trust-boundary
        request.getSession().setAttribute("region", value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.web.session.trust-boundary
        request.getSession().setAttribute("region", value);
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
            // ok: java.web.session.trust-boundary
            request.getSession().setAttribute("region", value);
        } else {
            // ruleid: java.web.session.trust-boundary
            request.getSession().setAttribute("region", value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.web.session.trust-boundary
        request.getSession().setAttribute("region", value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.web.session.trust-boundary
        request.getSession().setAttribute("region", value);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.web.session.trust-boundary
        request.getSession().setAttribute("region", String.valueOf(valid));
    }
}
