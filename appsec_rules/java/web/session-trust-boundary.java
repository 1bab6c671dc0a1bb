package com.example.prefs;

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
