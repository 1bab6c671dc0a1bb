package com.example.pricing;

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
