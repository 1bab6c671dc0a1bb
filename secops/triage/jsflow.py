"""JavaScript and TypeScript data flow at a finding: Express handlers, the browser, Node.

Sources: the request object of a route handler (`req.query`, `req.params`, `req.body`, `req.headers`,
`req.cookies`, `req.get()`...), browser globals (`location.*`, `document.URL`, `document.referrer`,
`document.cookie`, `window.name`), the `event` of a `message` listener, and `process.argv`.
"""

from __future__ import annotations

import re
from typing import Any

from secops.knowledge.catalog import ApprovedEntry
from secops.models import Evidence
from secops.triage.flowcore import (
    NUMBER_UNFIT,
    AnalysisState,
    FlowAnalyser,
    FlowResult,
    Grammar,
    Param,
    Scope,
    analyse_at,
    call_arguments,
    combine,
    is_ancestor,
    operator,
    sink_node,
    strict_pattern,
    unparen,
    words,
)
from secops.triage.interface import Flow, TriageContext
from secops.triage.source import SourceFile, walk

FUNCTIONS = frozenset(
    {
        "function_declaration",
        "function_expression",
        "function",
        "arrow_function",
        "method_definition",
        "generator_function_declaration",
        "generator_function",
    }
)
GRAMMAR = Grammar(
    functions=FUNCTIONS,
    nested=FUNCTIONS | {"class_declaration", "class"},
    blocks=frozenset({"statement_block", "program"}),
    conditionals=frozenset(
        {
            "if_statement",
            "else_clause",
            "ternary_expression",
            "for_statement",
            "for_in_statement",
            "while_statement",
            "do_statement",
            "switch_case",
            "switch_default",
            "try_statement",
            "catch_clause",
        }
    ),
    loops=frozenset({"for_in_statement"}),
    definitions=frozenset(
        {
            "variable_declarator",
            "assignment_expression",
            "augmented_assignment_expression",
            "for_in_statement",
            "call_expression",
        }
    ),  # fmt: skip
    false_literals=frozenset({"false", "0", "null", "undefined", '""', "''", "``", "void 0"}),
    accessors=frozenset({"member_expression", "subscript_expression"}),
    aliases=frozenset(
        {
            "variable_declarator",
            "assignment_expression",
            "return_statement",
            "pair",
            "array",
            "spread_element",
            "arrow_function",
        }
    ),
)
GLOBAL_SOURCES = words(
    """
    location window.location document.location self.location top.location parent.location document.URL
    document.documentURI document.baseURI document.referrer document.cookie window.name process.argv
    """
)
ROUTE_METHODS = words("""get post put patch delete del all use options head route""")
REQUEST_NAMES = frozenset({"req", "request", "ctx"})
RESPONSE_NAMES = frozenset({"res", "response", "reply", "h"})
ITERATION_METHODS = words("""forEach map filter some every find findIndex flatMap""")
NUMERIC = words(
    """
    parseInt parseFloat Number Number.parseInt Number.parseFloat Math.floor Math.ceil Math.round Math.trunc
    Math.abs Math.min Math.max Boolean Date.parse
    """
)
BOOLEAN_CALLS = words(
    """
    isNaN isFinite Array.isArray Number.isInteger Number.isSafeInteger Number.isFinite Number.isNaN Object.hasOwn
    """
)
PASS_THROUGH = words(
    """
    String decodeURIComponent decodeURI encodeURI unescape escape JSON.parse JSON.stringify Buffer.from path.join
    path.resolve path.normalize path.posix.join path.win32.join path.relative path.dirname url.resolve url.format
    util.format format Array.from Array.of Object.freeze Object.values Object.keys Object.entries
    Object.fromEntries structuredClone atob btoa
    """
)
PASS_THROUGH_CLASSES = words("""Map Set Array URL URLSearchParams String RegExp Date""")
STRING_METHODS = words(
    """
    trim trimStart trimEnd toLowerCase toUpperCase toLocaleLowerCase toLocaleUpperCase replace replaceAll slice
    substring substr concat padStart padEnd split join toString valueOf normalize repeat at charAt flat reverse
    sort toJSON toISOString href keys values entries
    """
)
LOOKUP_METHODS = frozenset({"get", "find", "at", "filter", "slice", "getAll"})
BOOLEAN_METHODS = words(
    """
    includes has test startsWith endsWith some every hasOwnProperty isSafeInteger isInteger equals
    """
)
NUMBER_METHODS = words("""indexOf lastIndexOf findIndex localeCompare charCodeAt codePointAt search getTime valueOf""")
MUTATORS = frozenset({"push", "unshift", "splice", "set", "add", "append", "fill"})
EXIT_CALLS = frozenset({"process.exit", "process.abort"})
SHELLS = words("""sh bash zsh dash ksh cmd cmd.exe powershell powershell.exe pwsh""")
FIRST_ARGUMENT_FAMILIES = words(
    """
    sql-injection nosql-injection command-injection code-injection ssrf deserialization xpath-injection ssti xxe
    """
)
DATA_WRITERS = frozenset({"writeFile", "writeFileSync", "appendFile", "appendFileSync", "outputFile"})
PURE_CALLS = words(
    """
    Object.hasOwn Object.keys Object.values Object.entries JSON.stringify Array.isArray String console.log
    console.info console.warn console.error console.debug Object.prototype.hasOwnProperty.call Array.from
    structuredClone Object.freeze res.json res.send
    """
)
REVERTING = frozenset({"decodeURIComponent", "decodeURI", "unescape", "atob", "JSON.parse", "replace", "replaceAll"})


class JsFlow(FlowAnalyser):
    """Evaluates JavaScript or TypeScript expressions of one file."""

    language = "javascript"
    grammar = GRAMMAR
    suffixes = (".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts")
    pure_calls = PURE_CALLS

    def __init__(
        self, source: SourceFile, ctx: TriageContext, family: str, depth: int = 0, state: AnalysisState | None = None
    ) -> None:
        super().__init__(source, ctx, family, depth, state)
        self.modules: dict[str, str] = self.cached("modules", self._modules)

    # ---- names of things ------------------------------------------------------------------------
    def _modules(self) -> dict[str, str]:
        """Local name -> module it was imported or required from."""
        mapping: dict[str, str] = {}
        for node in self.nodes("import_statement", "variable_declarator"):
            if node.type == "import_statement":
                source = node.child_by_field_name("source")
                module = _string_content(self.text(source)) if source is not None else ""
                for ident in walk(node):
                    if ident.type == "identifier" and (ident.parent is None or ident.parent.type != "import_specifier"):
                        mapping[self.text(ident)] = module
                    elif ident.type == "import_specifier":
                        local = ident.child_by_field_name("alias") or ident.child_by_field_name("name")
                        mapping[self.text(local)] = module
            elif node.type == "variable_declarator":
                required = self._required(unparen(node.child_by_field_name("value")))
                names = self._pattern_names(node.child_by_field_name("name")) if required is not None else []
                mapping.update(dict.fromkeys(names, required or ""))
        return mapping

    def _required(self, value: Any) -> str | None:
        while value is not None and value.type == "member_expression":
            value = value.child_by_field_name("object")
        if value is None or value.type != "call_expression":
            return None
        function = value.child_by_field_name("function")
        args = call_arguments(value)
        if self.text(function) == "require" and args and args[0].type == "string":
            return _string_content(self.text(args[0]))
        return None

    def dotted(self, node: Any) -> str:
        node = unparen(node)
        if node.type in ("identifier", "this", "property_identifier"):
            return self.text(node)
        if node.type == "member_expression":
            prop = node.child_by_field_name("property")
            return f"{self.dotted(node.child_by_field_name('object'))}.{self.text(prop)}"
        if node.type == "call_expression":
            return self.dotted(node.child_by_field_name("function")) + "()"
        if node.type == "subscript_expression":
            return self.dotted(node.child_by_field_name("object")) + "[]"
        if node.type == "new_expression":
            return "new " + self.dotted(node.child_by_field_name("constructor"))
        return "?"

    def _head(self, node: Any) -> Any:
        while node is not None and node.type in ("member_expression", "subscript_expression", "call_expression"):
            node = node.child_by_field_name("object") or node.child_by_field_name("function")
        return node

    def imported(self, entry: ApprovedEntry) -> bool:
        """A bare approved name must be imported from its module; a dotted one must not come from another."""
        head = entry.name.split(".")[0]
        module = self.modules.get(head)
        if entry.module is None:
            return module is None
        wanted = {entry.module, entry.module.removeprefix("node:"), "node:" + entry.module.removeprefix("node:")}
        if module is not None:
            return module in wanted or module.startswith(entry.module + "/")
        return "." in entry.name  # a global such as DOMPurify from a script tag

    def _is_free(self, name: str, use: Any, scope: Scope) -> bool:
        """No variable, parameter or import of this name is in sight: it is a global."""
        if name in scope.bindings or name in self.modules or self.global_definitions(name):
            return False
        function = self.enclosing_function(use)
        while function is not None:
            if self.declares(function, name):
                return False
            function = self.enclosing_function(function)
        return True

    # ---- expressions ----------------------------------------------------------------------------
    def evaluate(self, node: Any, scope: Scope) -> FlowResult:  # noqa: PLR0911, PLR0912 - a dispatcher
        kind = node.type
        if kind in ("string", "number", "true", "false", "null", "undefined", "regex", "template_literal_type"):
            return FlowResult(Flow.CONSTANT)
        if kind == "template_string":
            parts = [c.named_children[0] for c in node.named_children if c.type == "template_substitution"]
            results = [self.expr(p, scope) for p in parts if p is not None]
            return self.concatenation(node, self.leading_text(node), results)
        if kind in ("parenthesized_expression", "await_expression", "as_expression", "non_null_expression",
                    "satisfies_expression", "type_assertion", "spread_element", "jsx_expression"):  # fmt: skip
            inner = next((c for c in node.named_children if "type" not in c.type), None)
            return self.expr(inner, scope) if inner is not None else FlowResult(Flow.CONSTANT)
        if kind == "sequence_expression":
            return self.expr(node.named_children[-1], scope)
        if kind in ("array", "arguments"):
            return combine(self.expr(c, scope) for c in node.named_children) if node.named_children else _const()
        if kind == "object":
            return self._object(node, scope)
        if kind == "binary_expression":
            return self._binary(node, scope)
        if kind == "unary_expression":
            return self._unary(node, scope)
        if kind == "update_expression":
            return self.numeric(node, self.text(node), self.expr(node.named_children[0], scope))
        if kind == "ternary_expression":
            return self._ternary(node, scope)
        if kind == "identifier":
            if self.text(node) in ("undefined", "NaN", "Infinity"):
                return FlowResult(Flow.CONSTANT)
            return self.name(self.text(node), node, scope)
        if kind == "member_expression":
            return self._member(node, scope)
        if kind == "subscript_expression":
            return self._subscript(node, scope)
        if kind == "call_expression":
            return self.call(node, scope)
        if kind == "new_expression":
            return self._new(node, scope)
        if kind in ("assignment_expression", "augmented_assignment_expression"):
            return self.expr(node.child_by_field_name("right"), scope)
        if kind in FUNCTIONS or kind in ("class", "class_declaration"):
            return self.constant(node, "a function or class defined in the code")
        if kind == "jsx_attribute":
            value = node.named_children[-1] if len(node.named_children) > 1 else None
            return self.expr(value, scope) if value is not None else _const()
        return self.unknown(node, f"cannot follow a {kind} expression")

    def _object(self, node: Any, scope: Scope) -> FlowResult:
        parts = []
        for child in node.named_children:
            if child.type == "pair":
                parts.append(self.expr(child.child_by_field_name("value"), scope))
                key = child.child_by_field_name("key")
                if key is not None and key.type == "computed_property_name" and key.named_children:
                    parts.append(self.expr(key.named_children[0], scope))
            elif child.type == "shorthand_property_identifier":
                parts.append(self.name(self.text(child), child, scope))
            elif child.type == "spread_element":
                parts.append(self.expr(child, scope))
        return combine(parts) if parts else _const()

    def _binary(self, node: Any, scope: Scope) -> FlowResult:
        op = operator(node)
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op in ("||", "??", "&&"):
            return combine([self.expr(left, scope), self.expr(right, scope)])
        if op == "+":
            results = [self.expr(left, scope), self.expr(right, scope)]
            return self.concatenation(node, self.leading_text(node), results)
        if op in ("==", "===", "!=", "!==", "<", ">", "<=", ">=", "instanceof", "in"):
            return self.constant(node, "a boolean comparison result")
        return self.numeric(node, f"the `{op}` operator", combine([self.expr(left, scope), self.expr(right, scope)]))

    def _unary(self, node: Any, scope: Scope) -> FlowResult:
        op = operator(node)
        if op in ("!", "typeof", "void", "delete"):
            return self.constant(node, f"`{op}` yields a boolean, a type name or undefined")
        return self.numeric(node, f"unary `{op}`", self.expr(node.named_children[0], scope))

    def _ternary(self, node: Any, scope: Scope) -> FlowResult:
        condition = node.child_by_field_name("condition")
        then, otherwise = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
        truth = self.constant_truth(condition, scope)
        if truth is True:
            return self.expr(then, scope)
        if truth is False:
            return self.expr(otherwise, scope)
        return combine([self.expr(then, scope), self.expr(otherwise, scope)])

    def leading_text(self, node: Any) -> str | None:
        """The constant text a string being built starts with (for where a redirect can go)."""
        node = unparen(node)
        if node.type == "string":
            return _string_content(self.text(node))
        if node.type == "template_string":
            first = node.named_children[0] if node.named_children else None
            return self.text(first) if first is not None and first.type == "string_fragment" else ""
        if node.type == "binary_expression" and operator(node) == "+":
            left = node.child_by_field_name("left")
            head = self.leading_text(left)
            if head is not None and unparen(left).type == "string":
                return head + (self.leading_text(node.child_by_field_name("right")) or "")
            return head
        if node.type == "identifier":
            literal = self.constant_literal(self.text(node), node, Scope(self.root))
            return self.leading_text(literal) if literal is not None else None
        return None

    def _member(self, node: Any, scope: Scope) -> FlowResult:
        dotted = self.dotted(node)
        head = self._head(node)
        if head is not None and head.type == "identifier" and self._is_free(self.text(head), node, scope):
            source = next((s for s in GLOBAL_SOURCES if dotted == s or dotted.startswith(s + ".")), None)
            if source is not None:
                return self.tainted(node, f"`{source}`")
            trusted = self._trusted(dotted)
            if trusted is not None:
                return self.through_approved(node, trusted, FlowResult(Flow.UNKNOWN))
        base = self.expr(node.child_by_field_name("object"), scope)
        prop = self.text(node.child_by_field_name("property"))
        if base.flow is Flow.CONSTANT:
            return FlowResult(
                Flow.CONSTANT, (*base.evidence, self.ev(node, f"`{dotted}` is read from a constant", "safe"))
            )
        if prop == "length" and base.flow is not Flow.TAINTED:
            return self.numeric(node, f"{dotted}", base)
        return base

    def _trusted(self, dotted: str) -> ApprovedEntry | None:
        for entry in self.ctx.approved:
            if entry.section != "trusted_sources" or not entry.covers(self.language):
                continue
            if (dotted == entry.name or dotted.startswith(entry.name + ".")) and self.imported(entry):
                return entry
        return None

    def _subscript(self, node: Any, scope: Scope) -> FlowResult:
        container = node.child_by_field_name("object")
        base = self.expr(container, scope)
        if base.flow is Flow.CONSTANT:
            detail = f"chosen from the constant container `{self.text(container)}`"
            return FlowResult(Flow.CONSTANT, (*base.evidence, self.ev(node, detail, "safe")))
        return base

    # ---- calls ----------------------------------------------------------------------------------
    def call(self, node: Any, scope: Scope) -> FlowResult:  # noqa: PLR0911, PLR0912 - a dispatcher
        function = node.child_by_field_name("function")
        args = _arguments(node)
        dotted = self.dotted(function).replace("?.", ".")
        helper = self.resolve_function(function)
        if helper is not None:
            return self.helper_call(node, helper, args, scope)
        entry = self.approved([dotted])
        if entry is not None:
            return self.through_approved(node, entry, self._first(args, scope))
        if dotted == "String" and self.family == "nosql-injection" and _operator_free_position(node):
            return self.constant_shape(node, "`String()` makes the value a string, which cannot carry query operators")
        if dotted in NUMERIC:
            return self.numeric(node, f"{dotted}()", self._first(args, scope))
        if dotted in PASS_THROUGH:
            result = combine(self.expr(a, scope) for a in args) if args else _const()
            return self.reverting(node, f"{dotted}()", result) if dotted in REVERTING else result
        if dotted in BOOLEAN_CALLS:
            return self.constant(node, f"`{dotted}()` yields a boolean")
        if dotted == "require":
            return self.unknown(node, "a module object")
        if function.type == "member_expression":
            return self._method(node, function, args, scope)
        return self.unknown(node, f"return value of `{dotted}()` is not tracked")

    def _first(self, args: list[Any], scope: Scope) -> FlowResult:
        return self.expr(args[0], scope) if args else FlowResult(Flow.UNKNOWN)

    def constant_shape(self, node: Any, detail: str) -> FlowResult:
        return FlowResult(Flow.SANITIZED, (self.ev(node, detail, "safe"),))

    def _method(self, node: Any, function: Any, args: list[Any], scope: Scope) -> FlowResult:
        method = self.text(function.child_by_field_name("property"))
        receiver = function.child_by_field_name("object")
        if method in BOOLEAN_METHODS:
            return self.constant(node, f"`.{method}()` yields a boolean")
        if method in NUMBER_METHODS:
            return self.numeric(node, f".{method}()", self.expr(receiver, scope))
        base = self.expr(receiver, scope)
        if method in STRING_METHODS:
            result = combine([base, *(self.expr(a, scope) for a in args)])
            return self.reverting(node, f".{method}()", result) if method in REVERTING else result
        if base.flow is Flow.CONSTANT and method in LOOKUP_METHODS:
            detail = f"looked up in the constant `{self.text(receiver)}`"
            return FlowResult(Flow.CONSTANT, (*base.evidence, self.ev(node, detail, "safe")))
        if base.flow is Flow.TAINTED:
            return base  # a method of an attacker-controlled value (`req.get()`, `params.get()`)
        return self.unknown(node, f"return value of `{self.dotted(function)}()` is not tracked")

    def _new(self, node: Any, scope: Scope) -> FlowResult:
        constructor = node.child_by_field_name("constructor")
        name = self.dotted(constructor)
        args = _arguments(node)
        if name in PASS_THROUGH_CLASSES:
            return combine(self.expr(a, scope) for a in args) if args else _const()
        entry = self.approved([name])
        if entry is not None:
            return self.through_approved(node, entry, self._first(args, scope))
        return self.unknown(node, f"object built by `new {name}` is not tracked")

    # ---- helpers defined in this file -----------------------------------------------------------
    def resolve_function(self, callee: Any) -> Any:
        """The function a callee names in this file: `f()`, `this.f()`, or `const f = () => ...`."""
        callee = unparen(callee)
        if callee.type == "identifier":
            name = self.text(callee)
            if name in self.modules:
                return None
            for node in self.nodes("function_declaration", "generator_function_declaration", "variable_declarator"):
                if node.type in ("function_declaration", "generator_function_declaration"):
                    if self.text(node.child_by_field_name("name")) == name:
                        return node
                elif node.type == "variable_declarator" and self.text(node.child_by_field_name("name")) == name:
                    value = unparen(node.child_by_field_name("value"))
                    if value is not None and value.type in FUNCTIONS:
                        return value
            return None
        if callee.type == "member_expression" and callee.child_by_field_name("object").type == "this":
            name = self.text(callee.child_by_field_name("property"))
            for node in self.nodes("method_definition"):
                if self.text(node.child_by_field_name("name")) == name:
                    return node
        return None

    def function_name(self, function: Any) -> str:
        name = function.child_by_field_name("name")
        if name is not None:
            return self.text(name)
        parent = function.parent
        if parent is not None and parent.type == "variable_declarator":
            return self.text(parent.child_by_field_name("name"))
        if parent is not None and parent.type == "assignment_expression":
            return self.dotted(parent.child_by_field_name("left"))
        return ""

    def parameters(self, function: Any) -> list[Param]:
        params = function.child_by_field_name("parameters")
        if params is None:
            single = function.child_by_field_name("parameter")  # `x => ...`
            return [Param(self.text(single), 0, node=single)] if single is not None else []
        out: list[Param] = []
        for position, child in enumerate(c for c in params.named_children if c.type != "comment"):
            default = child.child_by_field_name("right") or child.child_by_field_name("value")
            pattern = child.child_by_field_name("pattern") or child.child_by_field_name("left") or child
            variadic = child.type == "rest_pattern" or pattern.type == "rest_pattern"
            out.extend(Param(n, position, default, variadic, child) for n in self._pattern_names(pattern))
        return out

    def _pattern_names(self, pattern: Any) -> list[str]:
        if pattern is None:
            return []
        if pattern.type in ("identifier", "shorthand_property_identifier_pattern"):
            return [self.text(pattern)]
        if pattern.type == "pair_pattern":
            return self._pattern_names(pattern.child_by_field_name("value"))
        if pattern.type in ("object_assignment_pattern", "assignment_pattern"):
            return self._pattern_names(pattern.child_by_field_name("left"))
        if pattern.type in ("object_pattern", "array_pattern", "rest_pattern", "required_parameter",
                            "optional_parameter"):  # fmt: skip
            return [n for c in pattern.named_children for n in self._pattern_names(c)]
        return []

    def returned(self, function: Any, index: int) -> list[Any]:
        body = function.child_by_field_name("body")
        if body is None:
            return []
        if body.type != "statement_block":
            return [body]  # `x => expression`
        return [r.named_children[0] for r in self.body(body) if r.type == "return_statement" and r.named_children]

    def handler_parameter(self, function: Any, name: str) -> FlowResult | None:
        param = next(p for p in self.params(function) if p.name == name)
        positions = len({p.position for p in self.params(function)})
        role = self._role(function)
        if role == "route":
            request_at = 1 if positions >= 4 else 0
            if param.position == request_at:
                return self.tainted(function, f"`{name}`: the request object of a route handler")
            return self.unknown(function, f"`{name}` is supplied by the web framework")
        if role == "message" and param.position == 0:
            return self.tainted(function, f"`{name}`: the event of a `message` listener (any origin can post it)")
        parent = function.parent
        call = parent.parent if parent is not None and parent.type == "arguments" else None
        if call is not None and param.position == 0:
            callee = call.child_by_field_name("function")
            if callee is not None and callee.type == "member_expression":
                method = self.text(callee.child_by_field_name("property"))
                if method in ITERATION_METHODS and call.child_by_field_name("function").id != function.id:
                    receiver = callee.child_by_field_name("object")
                    scope = Scope(self.enclosing_function(call) or self.root)
                    element = self.expr(receiver, scope)
                    return self.with_note(element, function, f"`{name}` is an element of `{self.text(receiver)}`")
        return None

    def _role(self, function: Any) -> str | None:
        params = self.params(function)
        names = [p.name for p in params]
        parent = function.parent
        call = parent.parent if parent is not None and parent.type == "arguments" else None
        if call is not None and call.type == "call_expression":
            role = self._registration(call)
            if role == "route" and (len({p.position for p in params}) >= 2 or names[:1] in (["ctx"], ["req"])):
                return role
            if role == "message":
                return role
        if parent is not None and parent.type == "assignment_expression":
            return "message" if self.text(parent.child_by_field_name("left")).endswith("onmessage") else None
        fname = self.function_name(function)
        if fname and "." not in fname:
            for ident in self.named(fname):  # `app.get('/x', handler)`: registered by name
                call = ident.parent.parent if ident.parent is not None and ident.parent.type == "arguments" else None
                role = self._registration(call) if call is not None and call.type == "call_expression" else None
                if role is not None:
                    return role
        if len(names) >= 2 and names[0] in REQUEST_NAMES and names[1] in RESPONSE_NAMES:
            return "route"  # an Express-style (req, res) signature
        return None

    def _registration(self, call: Any) -> str | None:
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return None
        method = self.text(callee.child_by_field_name("property"))
        args = _arguments(call)
        if method == "addEventListener" and args and _string_content(self.text(args[0])) == "message":
            return "message"
        return "route" if method in ROUTE_METHODS else None

    def call_sites(self, function: Any) -> list[tuple[Any, list[Any]]]:
        fname = self.function_name(function)
        if not fname:
            return []
        method = function.type == "method_definition"
        sites = []
        candidates = [n.parent for n in self.named(fname) if n.parent is not None]
        candidates += [c.parent for c in candidates if c.type == "member_expression" and c.parent is not None]
        for node in dict.fromkeys(c for c in candidates if c.type == "call_expression"):
            callee = unparen(node.child_by_field_name("function"))
            if (not method and callee.type == "identifier" and self.text(callee) == fname) or (
                method
                and callee.type == "member_expression"
                and self.text(callee.child_by_field_name("property")) == fname
            ):
                sites.append((node, _arguments(node)))
        return sites

    def visible_elsewhere(self, function: Any) -> list[str]:
        fname = self.function_name(function)
        owner = function
        while owner is not None and owner.type not in ("class_declaration", "class"):
            owner = owner.parent
        exported = fname if owner is None else self.text(owner.child_by_field_name("name") or owner)
        text = self.src.text.decode("utf-8", "replace")
        word = re.escape(exported.rsplit(".", 1)[-1])
        pattern = (
            rf"export\s+(default\s+)?(async\s+)?(function\*?|class|const|let|var)\s+{word}\b"
            rf"|export\s*\{{[^}}]*\b{word}\b|module\.exports\s*=\s*{word}\b|exports\.{word}\s*="
            rf"|module\.exports\s*=\s*\{{[^}}]*\b{word}\b|export\s+default\s+{word}\b"
        )
        references = [f"a reference at line {r.start_point[0] + 1}" for r in self._references(function, fname)]
        if not fname or not re.search(pattern, text):
            return references
        return references + self.repo_mentions(fname.rsplit(".", 1)[-1])

    def _references(self, function: Any, fname: str) -> list[Any]:
        """Places that hand the function on as a value (`items.map(run)`): callers we cannot see."""
        short = fname.rsplit(".", 1)[-1]
        found = []
        for node in self.named(short):
            if node.type not in ("identifier", "property_identifier"):
                continue
            parent = node.parent
            if parent is None or parent.id == function.id or is_ancestor(parent, function):
                continue  # the declaration itself
            target = parent if parent.type == "member_expression" else node
            holder = target.parent
            called = (
                holder is not None
                and holder.type == "call_expression"
                and holder.child_by_field_name("function").id == target.id
            )
            declared = parent.type in ("variable_declarator", "function_declaration", "method_definition", "pair")
            if (
                not called
                and not declared
                and (parent.type != "member_expression" or node.type == "property_identifier")
            ):
                found.append(node)
        return found

    # ---- definitions ----------------------------------------------------------------------------
    def defined_names(self, node: Any) -> list[str]:
        kind = node.type
        if kind == "variable_declarator":
            return self._pattern_names(node.child_by_field_name("name"))
        if kind in ("assignment_expression", "augmented_assignment_expression"):
            left = unparen(node.child_by_field_name("left"))
            if left.type in ("member_expression", "subscript_expression"):  # `o.x = v`, `m[k] = v` fill `o`, `m`
                head = self._head(left)
                return [self.text(head)] if head is not None and head.type == "identifier" else []
            return self._pattern_names(left)
        if kind == "for_in_statement":
            return self._pattern_names(node.child_by_field_name("left"))
        if kind == "call_expression" and node.parent is not None and node.parent.type == "expression_statement":
            callee = node.child_by_field_name("function")
            args = _arguments(node)
            if self.dotted(callee) == "Object.assign" and args and args[0].type == "identifier":
                return [self.text(args[0])]
            if callee.type == "member_expression":  # `list.push(x)`, `map.set(k, v)`
                receiver = callee.child_by_field_name("object")
                if self.text(callee.child_by_field_name("property")) in MUTATORS and receiver.type == "identifier":
                    return [self.text(receiver)]
        return []

    def augments(self, node: Any) -> bool:
        if node.type == "augmented_assignment_expression" or node.type == "call_expression":
            return True
        if node.type == "assignment_expression":
            return unparen(node.child_by_field_name("left")).type in ("member_expression", "subscript_expression")
        return False

    def is_declaration(self, node: Any) -> bool:
        if node.type == "variable_declarator":
            return True
        return node.type == "for_in_statement" and any(c.type in ("const", "let", "var") for c in node.children)

    def definition_value(self, node: Any, name: str, scope: Scope) -> FlowResult:
        if node.type == "variable_declarator":
            value = node.child_by_field_name("value")
            result = self.expr(value, scope) if value is not None else _const()
            default = self._pattern_default(node.child_by_field_name("name"), name)
            return combine([result, self.expr(default, scope)]) if default is not None else result
        if node.type in ("assignment_expression", "augmented_assignment_expression"):
            keys = _computed_keys(node.child_by_field_name("left"))  # `m[k] = v`: k becomes one of m's keys
            return combine([self.expr(node.child_by_field_name("right"), scope), *(self.expr(k, scope) for k in keys)])
        if node.type == "for_in_statement":
            return self.expr(node.child_by_field_name("right"), scope)
        if node.type == "call_expression":
            args = _arguments(node)
            extra = args[1:] if self.dotted(node.child_by_field_name("function")) == "Object.assign" else args
            return combine(self.expr(a, scope) for a in extra) if extra else _const()
        return self.unknown(node, f"cannot follow the definition of `{name}`")

    def _pattern_default(self, pattern: Any, name: str) -> Any:
        for node in walk(pattern) if pattern is not None else []:
            defaulted = node.type in ("object_assignment_pattern", "assignment_pattern")
            if defaulted and name in self._pattern_names(node.child_by_field_name("left")):
                return node.child_by_field_name("right")
        return None

    def definition_node_value(self, definition: Any, name: str) -> Any:
        if definition.type == "variable_declarator":
            target = definition.child_by_field_name("name")
            return definition.child_by_field_name("value") if target.type == "identifier" else None
        if definition.type == "assignment_expression":
            left = definition.child_by_field_name("left")
            return definition.child_by_field_name("right") if left.type == "identifier" else None
        return None

    def undeclared(self, name: str, use: Any) -> FlowResult | None:
        if name == "location":
            return self.tainted(use, "`location`")
        if name in self.modules:
            return self.unknown(use, f"`{name}` is imported from `{self.modules[name]}`")
        if any(
            self.text(n.child_by_field_name("name")) == name
            for n in self.nodes("function_declaration", "class_declaration")
        ):
            return self.constant(use, f"`{name}` is a function or class defined in the code")
        return None

    # ---- checks ---------------------------------------------------------------------------------
    def check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:  # noqa: PLR0911
        node = unparen(condition)
        equality = self.equality_kind(node, name, ("==", "==="))
        if equality:
            return equality
        if node.type == "binary_expression":
            return self._index_check(node, name, scope, positive=True) or self._typeof_check(node, name, "===")
        if node.type != "call_expression":
            return None
        function = unparen(node.child_by_field_name("function"))
        args = _arguments(node)
        names_it = [a for a in args if self.refers_to(a, name)]
        dotted = self.dotted(function)
        if function.type == "member_expression":
            method = self.text(function.child_by_field_name("property"))
            receiver = function.child_by_field_name("object")
            first = bool(args) and self.refers_to(args[0], name)
            if method in ("includes", "has", "hasOwnProperty") and first and self._collection(receiver, scope):
                what = "the allow-list" if method != "hasOwnProperty" else "an own-property check on the constant"
                return f"{what} `{self.text(receiver)}`"
            if method in ("test", "exec") and names_it and self._strict_regex(receiver, scope):
                return "a strict regular-expression allow-list"
            if method == "match" and self.refers_to(receiver, name) and args and self._strict_regex(args[0], scope):
                return "a strict regular-expression allow-list"
        own = dotted in ("Object.hasOwn", "Object.prototype.hasOwnProperty.call") and len(args) >= 2
        if own and self.refers_to(args[1], name) and self._collection(args[0], scope):
            return f"an own-property check on the constant `{self.text(args[0])}`"
        if dotted in ("Number.isInteger", "Number.isSafeInteger") and names_it and self.family not in NUMBER_UNFIT:
            return f"`{dotted}()`"
        if names_it:
            entry = self.approved([dotted])
            if entry is not None and entry.section == "validators" and self.family in entry.fits:
                return f"the approved validator `{entry.name}` ({entry.clause})"
        helper = self.resolve_function(function)
        return self.helper_check(helper, args, name) if helper is not None else None

    def negative_check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:
        node = unparen(condition)
        return (
            self.equality_kind(node, name, ("!=", "!=="))
            or self._index_check(node, name, scope, positive=False)
            or self._typeof_check(node, name, "!==")
        )

    def _index_check(self, node: Any, name: str, scope: Scope, positive: bool) -> str | None:
        """`LIST.indexOf(x) !== -1` (positive) or `LIST.indexOf(x) === -1` / `< 0` (negative)."""
        if node.type != "binary_expression":
            return None
        left, right, op = node.child_by_field_name("left"), node.child_by_field_name("right"), operator(node)
        call, bound = (left, self.text(right)) if left.type == "call_expression" else (right, self.text(left))
        if call.type != "call_expression":
            return None
        function = call.child_by_field_name("function")
        args = _arguments(call)
        if function.type != "member_expression" or self.text(function.child_by_field_name("property")) != "indexOf":
            return None
        receiver = function.child_by_field_name("object")
        if not (args and self.refers_to(args[0], name) and self._collection(receiver, scope)):
            return None
        found = (
            (op in ("!==", "!=") and bound == "-1") or (op == ">=" and bound == "0") or (op == ">" and bound == "-1")
        )
        missing = (op in ("===", "==") and bound == "-1") or (op == "<" and bound == "0")
        return f"the allow-list `{self.text(receiver)}`" if (found if positive else missing) else None

    def _typeof_check(self, node: Any, name: str, wanted: str) -> str | None:
        if node.type != "binary_expression" or operator(node) not in (wanted, wanted[:-1]):
            return None
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        typeof = left.type == "unary_expression" and operator(left) == "typeof"
        if typeof and self.refers_to(left.named_children[0], name):
            kind = _string_content(self.text(right))
            if kind in ("number", "boolean") and self.family not in NUMBER_UNFIT:
                return f"a `typeof` check that it is a {kind}"
        return None

    def refers_to(self, node: Any, name: str) -> bool:
        node = unparen(node)
        if node.type == "call_expression" and self.text(node.child_by_field_name("function")) == "String":
            args = _arguments(node)
            return bool(args) and self.refers_to(args[0], name)
        return node.type == "identifier" and self.text(node) == name

    def _collection(self, node: Any, scope: Scope) -> bool:
        """A constant array, Set, Map or object (not a string, where `includes` is a substring test)."""
        value = unparen(node)
        if value.type == "identifier":
            literal = self._single_value(self.text(value), value, scope)
            if literal is not None:
                value = unparen(literal)
        if value.type in ("string", "template_string"):
            return False
        return self.constant_keys(node, scope)

    def container_members(self, value: Any) -> list[Any] | None:
        value = unparen(value)
        if value.type == "object":
            return [c.child_by_field_name("value") if c.type == "pair" else c for c in value.named_children]
        if value.type == "array":
            return list(value.named_children)
        if value.type == "new_expression" and self.dotted(value.child_by_field_name("constructor")) in ("Map", "Set"):
            args = _arguments(value)
            items = args[0].named_children if args and args[0].type == "array" else args
            return [i.named_children[-1] if i.type == "array" and i.named_children else i for i in items]
        return None

    def _single_value(self, name: str, use: Any, scope: Scope) -> Any:
        defs = self.definitions(name, scope.node, use) or self.global_definitions(name)
        return self.definition_node_value(defs[0], name) if len(defs) == 1 else None

    def _strict_regex(self, node: Any, scope: Scope) -> bool:
        node = unparen(node)
        if node.type == "identifier":
            value = self._single_value(self.text(node), node, scope)
            return value is not None and self._strict_regex(value, scope)
        if node.type == "regex":
            pattern = node.child_by_field_name("pattern")
            flags = node.child_by_field_name("flags")
            multiline = flags is not None and "m" in self.text(flags)
            return pattern is not None and not multiline and strict_pattern(self.text(pattern), self.family, False)
        if node.type == "new_expression" and self.dotted(node.child_by_field_name("constructor")) == "RegExp":
            args = _arguments(node)
            if args and args[0].type == "string" and not (len(args) > 1 and "m" in self.text(args[1])):
                pattern = _string_content(self.text(args[0])).replace("\\\\", "\\")
                return strict_pattern(pattern, self.family, False)
        return False

    def exits(self, statement: Any) -> bool:
        call = statement.named_children[0] if statement.named_children else None
        return (
            call is not None
            and call.type == "call_expression"
            and self.dotted(call.child_by_field_name("function")) in EXIT_CALLS
        )


def _const() -> FlowResult:
    return FlowResult(Flow.CONSTANT)


def _string_content(text: str) -> str:
    return text[1:-1] if len(text) >= 2 and text[0] in "'\"`" and text[-1] == text[0] else text


def _arguments(call: Any) -> list[Any]:
    args = call.child_by_field_name("arguments")
    if args is not None and args.type == "template_string":
        return [args]  # a tagged template
    return call_arguments(call)


def _operator_free_position(call: Any) -> bool:
    """`{ field: String(x) }` in a query object: a plain field, not `$where` (where a string is code)."""
    parent = call.parent
    if parent is None or parent.type != "pair":
        return False
    key = parent.child_by_field_name("key")
    return key is not None and not bytes(key.text or b"").decode().strip("'\"").startswith("$")


# ---- the sink ---------------------------------------------------------------------------------------
ANCHORS = frozenset({"call_expression", "new_expression", "assignment_expression", "augmented_assignment_expression",
                     "return_statement", "variable_declarator", "jsx_attribute"})  # fmt: skip
STATEMENTS = frozenset({"expression_statement", "lexical_declaration", "variable_declaration", "program",
                        "statement_block"})  # fmt: skip


def _anchor(node: Any) -> Any:
    if node.type in STATEMENTS:
        return next((n for n in walk(node) if n.type in ("call_expression", "new_expression")), None) or next(
            (n for n in walk(node) if n.type in ANCHORS), None
        )
    current = node
    while current is not None and current.type not in ANCHORS:
        if current.type in STATEMENTS or current.type in FUNCTIONS:
            return None
        current = current.parent
    return current


def sink_callee(flow: JsFlow, call: Any) -> str:
    """The last name of the function a call reaches, looking through `promisify(f)` and `f.bind(...)`."""
    callee = unparen(call.child_by_field_name("function") or call.child_by_field_name("constructor"))
    name = flow.dotted(callee).rsplit(".", 1)[-1]
    if callee.type == "identifier":
        defs = flow.global_definitions(name)
        value = flow.definition_node_value(defs[0], name) if len(defs) == 1 else None
        if value is not None and value.type == "call_expression":
            inner = flow.dotted(value.child_by_field_name("function"))
            args = _arguments(value)
            if inner.rsplit(".", 1)[-1] == "promisify" and args:
                return flow.dotted(args[0]).rsplit(".", 1)[-1]
            if inner.endswith(".bind"):
                return inner.rsplit(".", 2)[-2]
    return name


def _computed_keys(node: Any) -> list[Any]:
    keys = []
    current = unparen(node)
    while current is not None and current.type in ("subscript_expression", "member_expression"):
        index = current.child_by_field_name("index")
        if index is not None and index.type not in ("string", "number"):
            keys.append(index)
        current = unparen(current.child_by_field_name("object"))
    return keys


def _flatten(args: list[Any]) -> list[Any]:
    return [e for a in args for e in (a.named_children if a.type == "array" else [a])]


def sink_expressions(flow: JsFlow, node: Any, family: str) -> list[Any]:  # noqa: PLR0911, PLR0912
    """The expressions whose origin decides the finding."""
    anchor = _anchor(node)
    if anchor is None:
        return [node]
    if anchor.type in ("return_statement", "variable_declarator", "jsx_attribute", "assignment_expression"):
        value = anchor.child_by_field_name("value") or anchor.child_by_field_name("right")
        value = unparen(value if value is not None else (anchor.named_children[-1:] or [node])[0])
        while value.type == "await_expression" and value.named_children:
            value = unparen(value.named_children[0])
        plain = anchor.type != "assignment_expression" or anchor.child_by_field_name("left").type == "identifier"
        if plain and value.type in ("call_expression", "new_expression"):
            return sink_expressions(flow, value, family)  # `const rows = await db.query(...)`: the call is the sink
    if anchor.type in ("assignment_expression", "augmented_assignment_expression"):
        left = anchor.child_by_field_name("left")
        keys = _computed_keys(left) if family == "prototype-pollution" else []
        return keys or [anchor.child_by_field_name("right")]
    if anchor.type in ("return_statement", "variable_declarator", "jsx_attribute"):
        value = anchor.child_by_field_name("value") if anchor.type == "variable_declarator" else None
        return [value] if value is not None else (anchor.named_children[-1:] or [node])
    args = _arguments(anchor)
    if node.id != anchor.id and node.parent is not None and node.parent.type == "arguments":
        return [node]  # Semgrep focused the tainted argument itself
    callee = anchor.child_by_field_name("function")
    receiver = (
        callee.child_by_field_name("object") if callee is not None and callee.type == "member_expression" else None
    )
    if not args and receiver is not None and unparen(receiver).type in ("call_expression", "new_expression"):
        return sink_expressions(flow, unparen(receiver), family)  # `new vm.Script(code).runInThisContext()`
    if not args:
        callee = anchor.child_by_field_name("function")
        receiver = (
            callee.child_by_field_name("object") if callee is not None and callee.type == "member_expression" else None
        )
        return [receiver] if receiver is not None else [anchor]
    callee = sink_callee(flow, anchor)
    if family == "command-injection" and callee in ("execFile", "execFileSync", "spawn", "spawnSync", "fork"):
        program = unparen(args[0])
        if program.type == "identifier":
            program = flow.constant_literal(flow.text(program), program, Scope(flow.root)) or program
        literal = _string_content(flow.text(program)).rsplit("/", 1)[-1] if program.type == "string" else None
        options = [a for a in args[1:] if a.type != "array"]
        shell = re.search(r"shell\s*:\s*(?!false)", flow.text(anchor)) is not None or any(
            o.type != "object" for o in options
        )
        return _flatten(args) if shell or literal is None or literal in SHELLS else [args[0]]
    if family == "prototype-pollution":
        if callee == "assign":
            return _computed_keys(args[0]) or args[1:] or args
        return args
    if family == "open-redirect" and callee == "redirect":
        return args[-1:]
    if family == "path-traversal" and callee in DATA_WRITERS:
        return args[:1]
    if family == "code-injection" and callee == "Function":
        return args  # Function(arg1, ..., body)
    if family == "ssrf":
        return [*args[:1], *_client(flow, anchor)]
    if family in FIRST_ARGUMENT_FAMILIES:
        return args[:1]
    return args


def _client(flow: JsFlow, call: Any) -> list[Any]:
    """`client.get(path)`: a client made in the code (`axios.create({baseURL})`) decides where it goes."""
    callee = unparen(call.child_by_field_name("function"))
    if callee is None or callee.type != "member_expression":
        return []
    receiver = unparen(callee.child_by_field_name("object"))
    if receiver.type != "identifier":
        return [receiver]
    name = flow.text(receiver)
    function = flow.enclosing_function(call)
    bound = bool(flow.global_definitions(name)) or (function is not None and flow.declares(function, name))
    return [receiver] if bound and name not in flow.modules else []


def analyse(
    source: SourceFile, ctx: TriageContext, family: str, start: tuple[int, int], end: tuple[int, int]
) -> tuple[FlowResult, list[Evidence]]:
    """The flow reaching the sink at start..end, plus reachability facts (dead code)."""
    flow = JsFlow(source, ctx, family)
    node = sink_node(flow, start, end)
    return analyse_at(flow, node, sink_expressions(flow, node, family))
