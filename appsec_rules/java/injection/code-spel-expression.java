package com.example.pricing;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletResponse;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PricingRuleController {

    private static final Map<String, String> FORMULAS = Map.of("vat", "price * 1.2", "discount", "price * 0.9");

    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/price")
    public Object price(@RequestParam String formula, @RequestParam double price) {
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("price", price);
        // ruleid: java.injection.code.spel-expression
        Expression expression = parser.parseExpression(formula);
        return expression.getValue(ctx);
    }

    @PostMapping("/rules")
    public Object rule(@RequestBody RuleRequest rule) {
        String condition = "#order.total > 100 and " + rule.getCondition();
        // ruleid: java.injection.code.spel-expression
        return new SpelExpressionParser().parseExpression(condition).getValue();
    }

    public Object legacy(HttpServletRequest request) {
        SpelExpressionParser spel = new SpelExpressionParser();
        String field = request.getParameter("field");
        // ruleid: java.injection.code.spel-expression
        return spel.parseExpression(String.format("customer.%s", field)).getValue(new StandardEvaluationContext());
    }

    @GetMapping("/price/named")
    public Object named(@RequestParam String name, @RequestParam double price) {
        String formula = FORMULAS.getOrDefault(name, "price");
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("price", price);
        // ok: java.injection.code.spel-expression
        return parser.parseExpression(formula).getValue(ctx);
    }

    @GetMapping("/greeting")
    public Object greeting(@RequestParam String name) {
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("name", name);
        // ok: java.injection.code.spel-expression
        return parser.parseExpression("'Hello ' + #name").getValue(ctx);
    }

    @GetMapping("/property")
    public Object property(@RequestParam String path, @RequestBody Customer customer) {
        EvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        // ok: java.injection.code.spel-expression
        return parser.parseExpression(path).getValue(ctx, customer);
    }

    static class RuleRequest {
        private String condition;
        public String getCondition() { return condition; }
    }

    static class Customer {
        public String name;
    }
}

/** Helper parameters, dead code and allow-list guards. */
class CodeSpelExpressionGuardFixtures extends HttpServlet {
    private static final boolean DEBUG_ONLY = false;
    private static final Pattern VALID_VALUE = Pattern.compile("[a-z0-9-]{1,32}");

    /** Vulnerable: the sink is in a helper; doPost passes request data to it. */
    private void fixtureHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ruleid: java.injection.code.spel-expression
        Expression expr = new SpelExpressionParser().parseExpression(value);
    }

    /** Safe: every call site passes a constant. */
    private void fixtureConstHelper(String value, HttpServletRequest request, HttpServletResponse response) throws Exception {
        // ok: java.injection.code.spel-expression
        Expression expr = new SpelExpressionParser().parseExpression(value);
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
            // ok: java.injection.code.spel-expression
            Expression expr = new SpelExpressionParser().parseExpression(value);
        } else {
            // ruleid: java.injection.code.spel-expression
            Expression expr = new SpelExpressionParser().parseExpression(value);
        }
    }

    /** Safe: rejected unless it fully matches an allow-list regex. */
    void guarded(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (value == null || !VALID_VALUE.matcher(value).matches()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid parameter");
            return;
        }
        // ok: java.injection.code.spel-expression
        Expression expr = new SpelExpressionParser().parseExpression(value);
    }

    /** Vulnerable: the failed check is only reported, the value is still used. */
    void loggedOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String value = request.getParameter("v");
        if (!VALID_VALUE.matcher(value).matches()) {
            System.err.println("unexpected value");
        }
        // ruleid: java.injection.code.spel-expression
        Expression expr = new SpelExpressionParser().parseExpression(value);
    }

    private static boolean isAllowedValue(String value) {
        return VALID_VALUE.matcher(value).matches();
    }

    /** Safe: only the boolean result of a predicate reaches the sink. */
    void predicateOnly(HttpServletRequest request, HttpServletResponse response) throws Exception {
        boolean valid = isAllowedValue(request.getParameter("v"));
        // ok: java.injection.code.spel-expression
        Expression expr = new SpelExpressionParser().parseExpression(String.valueOf(valid));
    }
}
