"""Python data flow at a finding: where does the value reaching the sink come from?

An abstract interpreter over the tree-sitter syntax tree. It folds constants, follows assignments (the
dominating one wins; branches combine), helpers and wrappers in the file and across the repo's modules,
approved sanitizers that fit the sink's family, guards that reject dangerous values, and dead branches.
Anything it cannot see is UNKNOWN, never safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from secops.knowledge.catalog import ApprovedEntry
from secops.models import Evidence
from secops.triage.flowcore import FlowResult, combine
from secops.triage.interface import Flow, TriageContext
from secops.triage.source import SourceFile, walk

MAX_DEPTH = 4

SOURCES = (
    "request.args", "request.form", "request.values", "request.json", "request.get_json", "request.data",
    "request.get_data", "request.cookies", "request.headers", "request.files", "request.stream",
    "request.GET", "request.POST", "request.FILES", "request.COOKIES", "request.body", "request.META",
    "request.query_params", "request.path_params", "request.query_string", "request.path", "request.url",
    "request.full_path", "request.environ", "request.view_args", "request.match_info", "request.query",
    "request.content", "request.text", "self.request", "flask.request", "input", "raw_input", "sys.argv",
    "sys.stdin", "event",
)  # fmt: skip
NUMERIC = {
    "int",
    "float",
    "bool",
    "len",
    "abs",
    "round",
    "ord",
    "hash",
    "complex",
    "decimal.Decimal",
    "uuid.UUID",
}
PASS_THROUGH = {
    "str", "repr", "format", "os.path.join", "os.path.normpath", "os.path.abspath", "os.path.realpath",
    "posixpath.join", "pathlib.Path", "Path", "pathlib.PurePath", "urllib.parse.urljoin", "textwrap.dedent",
    "typing.cast", "copy.copy", "copy.deepcopy", "list", "tuple", "set", "sorted", "reversed", "dict",
}  # fmt: skip
STR_METHODS = {
    "lower", "upper", "strip", "lstrip", "rstrip", "replace", "format", "join", "encode", "decode", "title",
    "capitalize", "casefold", "zfill", "ljust", "rjust", "center", "removeprefix", "removesuffix", "split",
    "rsplit", "splitlines", "format_map", "expandtabs", "swapcase", "copy", "resolve", "absolute", "joinpath",
    "with_suffix", "with_name", "as_posix",
}  # fmt: skip
SAFE_ANNOTATIONS = {
    "int",
    "float",
    "bool",
    "UUID",
    "uuid.UUID",
    "date",
    "datetime",
    "Decimal",
    "conint",
    "PositiveInt",
}
TERMINATORS = ("return_statement", "raise_statement", "continue_statement", "break_statement")
EXIT_CALLS = (
    "abort",
    "sys.exit",
    "exit",
    "flask.abort",
    "os._exit",
    "HttpResponseBadRequest",
    "HTTPException",
)
ROUTE_DECORATOR = re.compile(r"\.(route|get|post|put|delete|patch|websocket|api_route)\(|api_view|require_http_methods")
# First positional argument is the dangerous one for these families; others look at every argument.
FIRST_ARGUMENT_FAMILIES = {
    "sql-injection", "command-injection", "code-injection", "path-traversal", "open-redirect", "ssrf",
    "deserialization", "xpath-injection", "ssti", "xxe",
}  # fmt: skip
URL_KEYWORDS = (
    "url",
    "location",
    "uri",
    "path",
    "file",
    "filename",
    "cmd",
    "args",
    "query",
    "sql",
    "statement",
)


def _normal(dotted: str) -> str:
    return dotted.replace("()", "").replace("[]", "")


def is_source(dotted: str) -> str | None:
    name = _normal(dotted)
    for source in SOURCES:
        if name == source or name.startswith(source + "."):
            return source
    return None


class Scope:
    """A function (or module) body plus what its parameters are bound to by a caller."""

    def __init__(self, node: Any, bindings: dict[str, FlowResult] | None = None) -> None:
        self.node = node
        self.bindings = bindings or {}


def enclosing_function(node: Any) -> Any:
    current = node.parent
    while current is not None:
        if current.type in ("function_definition", "lambda"):
            return current
        current = current.parent
    return None


def _body_nodes(scope_node: Any) -> Iterable[Any]:
    """Descendants of a scope, not entering nested functions or classes."""
    stack = list(reversed(scope_node.named_children))
    while stack:
        node = stack.pop()
        yield node
        if node.type in ("function_definition", "class_definition", "lambda"):
            continue
        stack.extend(reversed(node.named_children))


def _is_ancestor(ancestor: Any, node: Any) -> bool:
    current = node
    while current is not None:
        if current.id == ancestor.id:
            return True
        current = current.parent
    return False


def _before(a: Any, b: Any) -> bool:
    return bool(a.end_byte <= b.start_byte)


class PythonFlow:
    """Evaluates expressions of one file; follows helpers into other files through `ctx`."""

    def __init__(self, source: SourceFile, ctx: TriageContext, family: str, depth: int = 0) -> None:
        self.src = source
        self.ctx = ctx
        self.family = family
        self.depth = depth
        self.imports = self._imports()
        self._active: set[tuple[str, int]] = set()  # recursion guard: (path, node id)

    # ---- evidence helpers -------------------------------------------------------------------------
    def ev(self, node: Any, detail: str, supports: str, kind: str = "dataflow") -> Evidence:
        line = node.start_point[0] + 1
        return Evidence(kind, detail, self.src.path, line, supports, self.src.line(line).strip()[:200])

    def text(self, node: Any) -> str:
        return self.src.node_text(node)

    # ---- names ----------------------------------------------------------------------------------
    def _imports(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for node in walk(self.src.tree.root_node):
            if node.type == "import_statement":
                for child in node.named_children:
                    if child.type == "dotted_name":
                        mapping[self.text(child).split(".")[0]] = self.text(child).split(".")[0]
                    elif child.type == "aliased_import":
                        mapping[self.text(child.child_by_field_name("alias"))] = self.text(
                            child.child_by_field_name("name")
                        )
            elif node.type == "import_from_statement":
                module_node = node.child_by_field_name("module_name")
                module = self.text(module_node) if module_node is not None else ""
                for child in node.named_children:
                    if child.id == getattr(module_node, "id", None):
                        continue
                    if child.type == "dotted_name":
                        mapping[self.text(child)] = f"{module}.{self.text(child)}"
                    elif child.type == "aliased_import":
                        name = self.text(child.child_by_field_name("name"))
                        mapping[self.text(child.child_by_field_name("alias"))] = f"{module}.{name}"
        return mapping

    def dotted(self, node: Any) -> str:
        if node.type == "identifier":
            return self.text(node)
        if node.type == "attribute":
            obj, attr = node.child_by_field_name("object"), node.child_by_field_name("attribute")
            return f"{self.dotted(obj)}.{self.text(attr)}"
        if node.type == "call":
            return self.dotted(node.child_by_field_name("function")) + "()"
        if node.type == "subscript":
            return self.dotted(node.child_by_field_name("value")) + "[]"
        return "?"

    def qualified(self, dotted: str) -> str:
        head, _, rest = dotted.partition(".")
        base = self.imports.get(head, head)
        return f"{base}.{rest}" if rest else base

    def approved(self, qualified: str) -> ApprovedEntry | None:
        for entry in self.ctx.approved:
            if entry.language not in ("python", "any"):
                continue
            name = entry.name.replace("()", "")
            # Exact, or the approved dotted name ends the call's qualified name (a re-export or wrapper module).
            if qualified == name or ("." in name and qualified.endswith("." + name)):
                return entry
        return None

    # ---- expressions --------------------------------------------------------------------------
    def expr(self, node: Any, scope: Scope) -> FlowResult:  # noqa: PLR0911, PLR0912 - a dispatcher
        kind = node.type
        if kind in ("integer", "float", "true", "false", "none", "ellipsis"):
            return FlowResult(Flow.CONSTANT)
        if kind == "string":
            parts = [c for c in node.named_children if c.type == "interpolation"]
            if not parts:
                return FlowResult(Flow.CONSTANT)
            return combine(self.expr(p.named_children[0], scope) for p in parts if p.named_children)
        if kind == "concatenated_string":
            return combine(self.expr(c, scope) for c in node.named_children)
        if kind in (
            "parenthesized_expression",
            "await",
            "expression_statement",
            "keyword_argument",
            "typed_default_parameter",
        ):
            inner = node.child_by_field_name("value") or (node.named_children[-1] if node.named_children else None)
            return self.expr(inner, scope) if inner is not None else FlowResult(Flow.UNKNOWN)
        if kind in ("list", "tuple", "set", "expression_list", "pattern_list"):
            return (
                combine(self.expr(c, scope) for c in node.named_children)
                if node.named_children
                else FlowResult(Flow.CONSTANT)
            )
        if kind == "dictionary":
            values = [p.child_by_field_name("value") for p in node.named_children if p.type == "pair"]
            spread = [c for c in node.named_children if c.type != "pair"]
            return (
                combine(
                    [
                        *(self.expr(v, scope) for v in values if v is not None),
                        *(self.expr(s, scope) for s in spread),
                    ]
                )
                if node.named_children
                else FlowResult(Flow.CONSTANT)
            )
        if kind in ("binary_operator", "boolean_operator"):
            return combine(
                self.expr(c, scope)
                for c in (node.child_by_field_name("left"), node.child_by_field_name("right"))
                if c is not None
            )
        if kind == "conditional_expression":
            return self._conditional(node, scope)
        if kind == "identifier":
            return self.name(self.text(node), node, scope)
        if kind == "attribute":
            return self._attribute(node, scope)
        if kind == "subscript":
            return self._subscript(node, scope)
        if kind == "call":
            return self.call(node, scope)
        if kind == "named_expression":
            return self.expr(node.child_by_field_name("value"), scope)
        if kind in ("list_comprehension", "generator_expression", "set_comprehension"):
            body = node.child_by_field_name("body")
            clauses = [c for c in node.named_children if c.type == "for_in_clause"]
            iterables = [c.child_by_field_name("right") for c in clauses]
            return combine(
                [
                    *(self.expr(i, scope) for i in iterables if i is not None),
                    *([self.expr(body, scope)] if body is not None and body.type != "identifier" else []),
                ]
            )
        if kind in ("comparison_operator", "not_operator"):
            return FlowResult(Flow.CONSTANT, (self.ev(node, "a boolean comparison result", "safe"),))
        if kind == "unary_operator":
            return self.expr(node.named_children[-1], scope)
        return FlowResult(Flow.UNKNOWN, (self.ev(node, f"cannot follow a {kind} expression", "neutral"),))

    def _conditional(self, node: Any, scope: Scope) -> FlowResult:
        children = node.named_children
        if len(children) != 3:
            return FlowResult(Flow.UNKNOWN)
        then, condition, otherwise = children
        folded = self.constant_truth(condition, scope)
        if folded is True:
            return self.expr(then, scope)
        if folded is False:
            return self.expr(otherwise, scope)
        return combine([self.expr(then, scope), self.expr(otherwise, scope)])

    def _attribute(self, node: Any, scope: Scope) -> FlowResult:
        dotted = self.dotted(node)
        source = is_source(dotted)
        if source:
            return FlowResult(
                Flow.TAINTED, (self.ev(node, f"attacker-controlled input `{_normal(dotted)}`", "vulnerable"),)
            )
        trusted = self.approved(self.qualified(_normal(dotted)))
        if trusted is not None and trusted.section == "trusted_sources":
            return FlowResult(
                Flow.TRUSTED,
                (self.ev(node, f"`{dotted}` is a declared trusted source ({trusted.clause})", "safe"),),
            )
        attr = self.text(node.child_by_field_name("attribute"))
        if attr.isupper() and len(attr) > 1:
            return FlowResult(
                Flow.CONSTANT, (self.ev(node, f"`{dotted}` is an upper-case configuration constant", "safe"),)
            )
        obj = node.child_by_field_name("object")
        if obj.type == "identifier" and self.text(obj) not in ("self", "cls"):
            base = self.name(self.text(obj), obj, scope)
            if base.flow is Flow.TAINTED:
                return base
        return FlowResult(Flow.UNKNOWN, (self.ev(node, f"value of attribute `{dotted}` is not tracked", "neutral"),))

    def _subscript(self, node: Any, scope: Scope) -> FlowResult:
        value = node.child_by_field_name("value")
        dotted = self.dotted(value)
        if is_source(dotted):
            return FlowResult(
                Flow.TAINTED,
                (self.ev(node, f"attacker-controlled input `{_normal(dotted)}[...]`", "vulnerable"),),
            )
        container = self.expr(value, scope)
        if container.flow is Flow.CONSTANT:
            detail = f"chosen from the constant container `{self.text(value)}`"
            return FlowResult(Flow.CONSTANT, (*container.evidence, self.ev(node, detail, "safe")))
        return container

    # ---- calls ---------------------------------------------------------------------------------
    def _args(self, call: Any) -> tuple[list[Any], dict[str, Any]]:
        args = call.child_by_field_name("arguments")
        positional: list[Any] = []
        keywords: dict[str, Any] = {}
        for child in args.named_children if args is not None else []:
            if child.type == "keyword_argument":
                keywords[self.text(child.child_by_field_name("name"))] = child.child_by_field_name("value")
            elif child.type != "comment":
                positional.append(child)
        return positional, keywords

    def call(self, node: Any, scope: Scope) -> FlowResult:
        function = node.child_by_field_name("function")
        dotted = _normal(self.dotted(function))
        qualified = self.qualified(dotted)
        positional, keywords = self._args(node)
        every = [*positional, *keywords.values()]
        if source := is_source(dotted) or is_source(qualified):
            return FlowResult(
                Flow.TAINTED, (self.ev(node, f"attacker-controlled input from `{source}`", "vulnerable"),)
            )
        entry = self.approved(qualified)
        if entry is not None:
            return self._approved_call(node, entry, every, scope)
        if qualified in NUMERIC or dotted in NUMERIC:
            return FlowResult(
                Flow.SANITIZED,
                (self.ev(node, f"`{dotted}()` yields a number or fixed-format value", "safe"),),
            )
        if function.type == "attribute":
            method = self.text(function.child_by_field_name("attribute"))
            receiver = function.child_by_field_name("object")
            if method == "get" and receiver.type != "call":
                return self._lookup_get(receiver, positional, keywords, scope)
            if method in STR_METHODS and qualified not in PASS_THROUGH:
                return combine([self.expr(receiver, scope), *(self.expr(a, scope) for a in every)])
        if qualified in PASS_THROUGH or dotted in PASS_THROUGH:
            return combine(self.expr(a, scope) for a in every) if every else FlowResult(Flow.CONSTANT)
        helper = self.resolve_function(dotted, scope)
        if helper is not None:
            return self.helper_call(node, helper, positional, keywords, scope)
        return FlowResult(Flow.UNKNOWN, (self.ev(node, f"return value of `{dotted}()` is not tracked", "neutral"),))

    def _approved_call(self, node: Any, entry: ApprovedEntry, args: Sequence[Any], scope: Scope) -> FlowResult:
        if entry.section == "trusted_sources":
            return FlowResult(
                Flow.TRUSTED,
                (self.ev(node, f"`{entry.name}` is a declared trusted source ({entry.clause})", "safe"),),
            )
        if self.family in entry.fits:
            role = entry.section.rstrip("s")
            detail = f"passes through approved {role} `{entry.name}` that fits {self.family} ({entry.clause})"
            return FlowResult(Flow.SANITIZED, (self.ev(node, detail, "safe"),))
        inner = combine(self.expr(a, scope) for a in args[:1]) if args else FlowResult(Flow.UNKNOWN)
        misfit = self.ev(
            node,
            f"`{entry.name}` does not make a value safe for {self.family} (it fits {', '.join(entry.fits)})",
            "vulnerable",
        )
        return FlowResult(inner.flow, (*inner.evidence, misfit))

    def _lookup_get(self, receiver: Any, positional: list[Any], keywords: dict[str, Any], scope: Scope) -> FlowResult:
        container = self.expr(receiver, scope)
        if container.flow is not Flow.CONSTANT:
            return container
        default = positional[1] if len(positional) > 1 else keywords.get("default")
        parts = [container] + ([self.expr(default, scope)] if default is not None else [])
        result = combine(parts)
        if result.flow is Flow.CONSTANT:
            return FlowResult(
                Flow.CONSTANT,
                (
                    *result.evidence,
                    self.ev(receiver, f"looked up in the constant mapping `{self.text(receiver)}`", "safe"),
                ),
            )
        return result

    # ---- helpers (functions defined in this file or another module of the repo) ----------------
    def resolve_function(self, dotted: str, scope: Scope) -> tuple[PythonFlow, Any] | None:
        if self.depth >= MAX_DEPTH:
            return None
        name = dotted.rsplit(".", 1)[-1]
        if dotted.startswith("self.") or "." not in dotted:
            found = self.find_function(name)
            if found is not None:
                return self, found
        qualified = self.qualified(dotted)
        if "." in qualified:
            module, _, func = qualified.rpartition(".")
            other = self.module_flow(module)
            if other is not None:
                found = other.find_function(func)
                if found is not None:
                    return other, found
        return None

    def find_function(self, name: str) -> Any:
        for node in walk(self.src.tree.root_node):
            if node.type == "function_definition" and self.text(node.child_by_field_name("name")) == name:
                return node
        return None

    def module_flow(self, module: str) -> PythonFlow | None:
        rel = module.replace(".", "/")
        for candidate in (f"{rel}.py", f"{rel}/__init__.py", f"src/{rel}.py"):
            source = self.ctx.sources.get(candidate)
            if source is not None and source.language == "python":
                return PythonFlow(source, self.ctx, self.family, self.depth + 1)
        return None

    def helper_call(
        self,
        node: Any,
        helper: tuple[PythonFlow, Any],
        positional: list[Any],
        keywords: dict[str, Any],
        scope: Scope,
    ) -> FlowResult:
        flow, function = helper
        key = (flow.src.path, function.id)
        if key in self._active:
            return FlowResult(Flow.UNKNOWN, (self.ev(node, "recursive helper", "neutral"),))
        self._active.add(key)
        try:
            bindings = self._bind(flow, function, positional, keywords, scope)
            callee_scope = Scope(function, bindings)
            returns = [r for r in _body_nodes(function.child_by_field_name("body")) if r.type == "return_statement"]
            live = [r for r in returns if not flow.dead_code(r, callee_scope)]
            values = [
                flow.expr(r.named_children[0], callee_scope) if r.named_children else FlowResult(Flow.CONSTANT)
                for r in live
            ]
            result = combine(values) if values else FlowResult(Flow.CONSTANT)
            name = flow.text(function.child_by_field_name("name"))
            where = flow.ev(
                function,
                f"helper `{name}()` returns a {result.flow.value} value",
                "safe" if result.flow.safe else "neutral",
            )
            return FlowResult(result.flow, (*result.evidence, where))
        finally:
            self._active.discard(key)

    def _bind(
        self, flow: PythonFlow, function: Any, positional: list[Any], keywords: dict[str, Any], scope: Scope
    ) -> dict[str, FlowResult]:
        bindings: dict[str, FlowResult] = {}
        params = flow.parameters(function)
        offset = 1 if params and params[0][0] in ("self", "cls") else 0
        for index, (name, default) in enumerate(params[offset:]):
            if index < len(positional):
                bindings[name] = self.expr(positional[index], scope)
            elif name in keywords:
                bindings[name] = self.expr(keywords[name], scope)
            elif default is not None:
                bindings[name] = flow.expr(default, Scope(flow.src.tree.root_node))
        return bindings

    def parameters(self, function: Any) -> list[tuple[str, Any]]:
        params = function.child_by_field_name("parameters")
        out: list[tuple[str, Any]] = []
        for child in params.named_children if params is not None else []:
            if child.type == "identifier":
                out.append((self.text(child), None))
            elif child.type in ("default_parameter", "typed_default_parameter"):
                out.append((self.text(child.child_by_field_name("name")), child.child_by_field_name("value")))
            elif child.type == "typed_parameter":
                ident = next((c for c in child.named_children if c.type == "identifier"), None)
                if ident is not None:
                    out.append((self.text(ident), None))
        return out

    # ---- names ---------------------------------------------------------------------------------
    def name(self, name: str, use: Any, scope: Scope) -> FlowResult:
        if name in scope.bindings:
            return scope.bindings[name]
        if name in ("True", "False", "None"):
            return FlowResult(Flow.CONSTANT)
        defs = self.definitions(name, scope.node, use)
        if defs:
            reaching = self._reaching(defs, use)
            result = combine(self._definition_value(d, name, scope) for d in reaching)
            guard = self.guard(name, use, scope)
            if guard is not None and not result.flow.safe:
                return guard
            return result
        if scope.node.type == "function_definition":
            param = next(((n, d) for n, d in self.parameters(scope.node) if n == name), None)
            if param is not None:
                guard = self.guard(name, use, scope)
                result = self.parameter(scope.node, name, use)
                return guard if guard is not None and not result.flow.safe else result
        module_defs = self.definitions(name, self.src.tree.root_node, None)
        if module_defs and scope.node.type != "module":
            return combine(self._definition_value(d, name, Scope(self.src.tree.root_node)) for d in module_defs)
        if name in self.imports and "." in self.imports[name]:
            module, _, attr = self.imports[name].rpartition(".")
            other = self.module_flow(module)
            if other is not None:
                other_defs = other.definitions(attr, other.src.tree.root_node, None)
                if other_defs:
                    root = Scope(other.src.tree.root_node)
                    return combine(other._definition_value(d, attr, root) for d in other_defs)
        return FlowResult(Flow.UNKNOWN, (self.ev(use, f"origin of `{name}` is not visible here", "neutral"),))

    def definitions(self, name: str, scope_node: Any, use: Any) -> list[Any]:
        """Assignments to `name` in the scope that finish before `use` (all of them when use is None)."""
        found = []
        for node in _body_nodes(scope_node):
            earlier = use is None or node.end_byte <= use.start_byte
            if node.type in ("assignment", "augmented_assignment"):
                left = node.child_by_field_name("left")
                if left is not None and name in self._target_names(left) and earlier:
                    found.append(node)
            elif node.type == "for_statement":
                left = node.child_by_field_name("left")
                if left is not None and name in self._target_names(left) and (earlier or _is_ancestor(node, use)):
                    found.append(node)
            elif node.type == "named_expression":
                target = node.child_by_field_name("name")
                if target is not None and self.text(target) == name and earlier:
                    found.append(node)
        return found

    def _target_names(self, node: Any) -> set[str]:
        if node.type == "identifier":
            return {self.text(node)}
        if node.type in ("pattern_list", "tuple_pattern", "list_pattern", "tuple", "list"):
            return {n for c in node.named_children for n in self._target_names(c)}
        return set()

    def _reaching(self, defs: list[Any], use: Any) -> list[Any]:
        """The last definition that dominates the use, plus later ones in branches that may run."""
        dominating = [d for d in defs if d.type != "augmented_assignment" and _is_ancestor(_block_of(d), use)]
        if not dominating:
            return defs
        last = dominating[-1]
        later = [d for d in defs if d.start_byte > last.start_byte]
        augmented = [d for d in defs if d.type == "augmented_assignment" and d.start_byte > last.start_byte]
        return [last, *later, *augmented]

    def _definition_value(self, node: Any, name: str, scope: Scope) -> FlowResult:
        if node.type == "for_statement":
            iterable = self.expr(node.child_by_field_name("right"), scope)
            return iterable
        if node.type in ("assignment", "augmented_assignment"):
            right = node.child_by_field_name("right")
            if right is None:
                return FlowResult(Flow.UNKNOWN)
            left = node.child_by_field_name("left")
            if (
                left.type != "identifier"
                and right.type in ("tuple", "expression_list")
                and left.type in ("pattern_list", "tuple_pattern")
            ):
                targets = [self.text(c) for c in left.named_children]
                values = right.named_children
                if name in targets and len(values) == len(targets):
                    return self.expr(values[targets.index(name)], scope)
            if self.dead_code(node, scope):
                return FlowResult(Flow.CONSTANT, (self.ev(node, "assignment in a branch that never runs", "safe"),))
            return self.expr(right, scope)
        value = node.child_by_field_name("value")
        return self.expr(value, scope) if value is not None else FlowResult(Flow.UNKNOWN)

    def parameter(self, function: Any, name: str, use: Any) -> FlowResult:
        decorated = (
            function.parent if function.parent is not None and function.parent.type == "decorated_definition" else None
        )
        decorators = (
            " ".join(self.text(d) for d in decorated.named_children if d.type == "decorator") if decorated else ""
        )
        fname = self.text(function.child_by_field_name("name"))
        if ROUTE_DECORATOR.search(decorators) or (fname in ("lambda_handler", "handler") and name == "event"):
            annotation = self._annotation(function, name)
            if annotation in SAFE_ANNOTATIONS:
                return FlowResult(
                    Flow.VALIDATED,
                    (
                        self.ev(
                            function,
                            f"handler parameter `{name}` is coerced to `{annotation}` by the framework",
                            "safe",
                        ),
                    ),
                )
            return FlowResult(
                Flow.TAINTED,
                (self.ev(function, f"`{name}` is a parameter of request handler `{fname}()`", "vulnerable"),),
            )
        if (
            self.src.path.endswith("views.py")
            and self.parameters(function)[:1]
            and self.parameters(function)[0][0] == "request"
        ):
            return FlowResult(
                Flow.TAINTED,
                (self.ev(function, f"`{name}` is a URL parameter of Django view `{fname}()`", "vulnerable"),),
            )
        callers = self.call_sites(fname)
        if not callers or self.depth >= MAX_DEPTH:
            return FlowResult(
                Flow.UNKNOWN,
                (self.ev(function, f"`{name}` is a parameter of `{fname}()` with no visible callers", "neutral"),),
            )
        index = [n for n, _ in self.parameters(function)].index(name)
        if self.parameters(function) and self.parameters(function)[0][0] in ("self", "cls"):
            index -= 1
        results = []
        for flow, call in callers[:20]:
            positional, keywords = flow._args(call)
            caller_scope = Scope(enclosing_function(call) or flow.src.tree.root_node)
            arg = positional[index] if 0 <= index < len(positional) else keywords.get(name)
            if arg is None:
                default = dict(self.parameters(function)).get(name)
                results.append(
                    self.expr(default, Scope(self.src.tree.root_node))
                    if default is not None
                    else FlowResult(Flow.UNKNOWN)
                )
                continue
            sub = PythonFlow(flow.src, self.ctx, self.family, self.depth + 1)
            results.append(sub.expr(arg, caller_scope))
        result = combine(results)
        where = self.ev(
            function,
            f"every caller of `{fname}()` passes a {result.flow.value} `{name}`",
            "safe" if result.flow.safe else "neutral",
        )
        return FlowResult(result.flow, (*result.evidence, where))

    def _annotation(self, function: Any, name: str) -> str:
        params = function.child_by_field_name("parameters")
        for child in params.named_children if params is not None else []:
            if child.type in ("typed_parameter", "typed_default_parameter"):
                ident = child.child_by_field_name("name") or next(
                    (c for c in child.named_children if c.type == "identifier"), None
                )
                kind = child.child_by_field_name("type")
                if ident is not None and self.text(ident) == name and kind is not None:
                    return self.text(kind).split("[")[0]
        return ""

    def call_sites(self, fname: str) -> list[tuple[PythonFlow, Any]]:
        sites = []
        for flow in [self, *self.repo_flows(fname)]:
            for node in walk(flow.src.tree.root_node):
                if node.type == "call":
                    callee = _normal(flow.dotted(node.child_by_field_name("function")))
                    if callee == fname or callee.endswith("." + fname):
                        sites.append((flow, node))
        return sites

    def repo_flows(self, fname: str) -> list[PythonFlow]:
        flows = []
        for path in self.ctx.repo_files(".py"):
            if path == self.src.path:
                continue
            source = self.ctx.sources.get(path)
            if source is not None and fname.encode() in source.text:
                flows.append(PythonFlow(source, self.ctx, self.family, self.depth + 1))
        return flows[:25]

    # ---- guards and dead code -------------------------------------------------------------------
    def constant_truth(self, node: Any, scope: Scope) -> bool | None:
        text = self.text(node).strip()
        if text in ("False", "0", "None", "''", '""'):
            return False
        if text in ("True", "1"):
            return True
        if node.type == "boolean_operator":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            operator = self.text(node).removeprefix(self.text(left)).strip().split()[0]
            lv, rv = self.constant_truth(left, scope), self.constant_truth(right, scope)
            if operator == "and" and (lv is False or rv is False):
                return False
            if operator == "or" and (lv is True or rv is True):
                return True
        if node.type == "not_operator":
            inner = self.constant_truth(node.named_children[0], scope)
            return None if inner is None else not inner
        if node.type == "identifier":
            defs = self.definitions(text, self.src.tree.root_node, None)
            values = {
                self.text(d.child_by_field_name("right")).strip()
                for d in defs
                if d.type == "assignment" and d.child_by_field_name("right") is not None
            }
            if len(defs) == 1 and values <= {"False", "0", "None"}:
                return False
            if len(defs) == 1 and values <= {"True", "1"}:
                return True
        return None

    def dead_code(self, node: Any, scope: Scope) -> bool:
        current, child = node.parent, node
        while current is not None and current.id != scope.node.id:
            if current.type in ("if_statement", "while_statement"):
                condition = current.child_by_field_name("condition")
                truth = self.constant_truth(condition, scope)
                consequence = current.child_by_field_name("consequence")
                in_consequence = consequence is not None and _is_ancestor(consequence, node)
                if truth is False and in_consequence:
                    return True
                if truth is True and not in_consequence and child.type in ("else_clause", "elif_clause"):
                    return True
            if current.type == "block":
                siblings = current.named_children
                index = next((i for i, s in enumerate(siblings) if s.id == child.id), 0)
                if any(s.type in ("return_statement", "raise_statement") for s in siblings[:index]):
                    return True
            child, current = current, current.parent
        return False

    def guard(self, name: str, use: Any, scope: Scope) -> FlowResult | None:
        """An `if` before the use that rejects dangerous values of `name`, or an allow-list `if` around it."""
        for node in _body_nodes(scope.node):
            if node.type != "if_statement" or node.start_byte >= use.start_byte:
                continue
            condition = node.child_by_field_name("condition")
            if condition is None or not self._mentions(condition, name):
                continue
            consequence = node.child_by_field_name("consequence")
            if consequence is not None and _is_ancestor(consequence, use):
                kind = self._accepting_check(condition, name)
                if kind:
                    return FlowResult(
                        Flow.VALIDATED,
                        (self.ev(node, f"the sink runs only when `{name}` passes {kind}", "safe"),),
                    )
            elif consequence is not None and self._terminates(consequence) and _is_ancestor(_block_of(node), use):
                kind = self._rejecting_check(condition, name)
                if kind:
                    return FlowResult(
                        Flow.VALIDATED,
                        (self.ev(node, f"`{name}` is rejected unless it passes {kind}", "safe"),),
                    )
        return None

    def _mentions(self, node: Any, name: str) -> bool:
        return any(n.type == "identifier" and self.text(n) == name for n in walk(node))

    def _terminates(self, block: Any) -> bool:
        for statement in block.named_children:
            if statement.type in TERMINATORS:
                return True
            if statement.type == "expression_statement" and statement.named_children:
                first = statement.named_children[0]
                if first.type == "call" and _normal(self.dotted(first.child_by_field_name("function"))) in EXIT_CALLS:
                    return True
        return False

    def _check_kind(self, node: Any, name: str) -> str | None:
        """What a positive check on `name` establishes, if it is one we trust."""
        if node.type == "parenthesized_expression" and node.named_children:
            return self._check_kind(node.named_children[0], name)
        if node.type == "comparison_operator":
            text = self.text(node)
            operands = node.named_children
            if " in " in f" {text} " and " not in " not in text and operands and self.text(operands[0]) == name:
                container = self.expr(operands[-1], Scope(self.src.tree.root_node))
                if container.flow is Flow.CONSTANT:
                    return f"the allow-list `{self.text(operands[-1])}`"
            if "==" in text and len(operands) == 2:
                other = operands[1] if self.text(operands[0]) == name else operands[0]
                if other.type == "string" and not other.named_children[1:-1]:
                    return f"an equality check against {self.text(other)}"
            return None
        if node.type == "call":
            callee = _normal(self.dotted(node.child_by_field_name("function")))
            method = callee.rsplit(".", 1)[-1]
            positional, _ = self._args(node)
            if method in (
                "isdigit",
                "isnumeric",
                "isdecimal",
                "isalnum",
                "isalpha",
                "isidentifier",
            ) and callee.startswith(name + "."):
                return f"`{method}()`"
            if method in ("fullmatch", "match") and positional and self._regex_is_strict(node, method, positional):
                return "a strict regular-expression allow-list"
            if method in ("is_relative_to", "startswith") and self._path_confined(node, name):
                return "a check that the resolved path stays under its base directory"
            entry = self.approved(self.qualified(callee))
            if entry is not None and entry.section == "validators" and self.family in entry.fits:
                return f"the approved validator `{entry.name}` ({entry.clause})"
        return None

    def _accepting_check(self, condition: Any, name: str) -> str | None:
        if condition.type == "boolean_operator" and " and " in self.text(condition):
            parts = [condition.child_by_field_name("left"), condition.child_by_field_name("right")]
            return next((k for p in parts if p is not None and (k := self._check_kind(p, name))), None)
        return self._check_kind(condition, name)

    def _rejecting_check(self, condition: Any, name: str) -> str | None:
        if condition.type == "not_operator":
            return self._check_kind(condition.named_children[0], name)
        if condition.type == "comparison_operator" and " not in " in self.text(condition):
            operands = condition.named_children
            if operands and self.text(operands[0]) == name:
                container = self.expr(operands[-1], Scope(self.src.tree.root_node))
                if container.flow is Flow.CONSTANT:
                    return f"the allow-list `{self.text(operands[-1])}`"
        if condition.type == "boolean_operator" and " or " in self.text(condition):
            parts = [condition.child_by_field_name("left"), condition.child_by_field_name("right")]
            return next((k for p in parts if p is not None and (k := self._rejecting_check(p, name))), None)
        return None

    def _regex_is_strict(self, call: Any, method: str, positional: list[Any]) -> bool:
        pattern_node = (
            positional[0] if _normal(self.dotted(call.child_by_field_name("function"))).startswith("re.") else None
        )
        if pattern_node is None:
            receiver = call.child_by_field_name("function").child_by_field_name("object")
            pattern_node = self._compiled_pattern(receiver)
        if pattern_node is None or pattern_node.type != "string":
            return False
        pattern = self.text(pattern_node)
        if ".*" in pattern or ".+" in pattern:
            return False
        return method == "fullmatch" or pattern.rstrip("'\"").endswith(("$", "\\Z"))

    def _compiled_pattern(self, receiver: Any) -> Any:
        if receiver is None or receiver.type != "identifier":
            return None
        for definition in self.definitions(self.text(receiver), self.src.tree.root_node, None):
            right = definition.child_by_field_name("right")
            if right is not None and right.type == "call" and self.text(right).startswith("re.compile("):
                args = right.child_by_field_name("arguments").named_children
                return args[0] if args else None
        return None

    def _path_confined(self, call: Any, name: str) -> bool:
        text = self.text(call)
        return name in text and any(k in text for k in ("realpath", "abspath", "resolve", "normpath", "commonpath"))


def _block_of(node: Any) -> Any:
    current = node.parent
    while current is not None and current.type not in ("block", "module"):
        current = current.parent
    return current if current is not None else node


def sink_expressions(flow: PythonFlow, node: Any, family: str) -> list[Any]:
    """The expressions whose origin decides the finding."""
    if node.parent is not None and node.parent.type in ("argument_list", "keyword_argument"):
        return [node]  # Semgrep focused the tainted argument itself
    call = node
    while call is not None and call.type != "call" and call.type not in ("module", "function_definition", "block"):
        if call.type in ("return_statement", "assignment", "augmented_assignment"):
            break
        call = call.parent
    if call is None or call.type in ("module", "function_definition", "block"):
        return [node]
    if call.type in ("return_statement",):
        return list(call.named_children[:1])
    if call.type in ("assignment", "augmented_assignment"):
        right = call.child_by_field_name("right")
        return [right] if right is not None else [node]
    positional, keywords = flow._args(call)
    if family in FIRST_ARGUMENT_FAMILIES:
        named = [v for k, v in keywords.items() if k in URL_KEYWORDS]
        if positional:
            first = positional[0]
            inner = _innermost_call_argument(flow, first)
            return [inner if inner is not None else first]
        return named or list(keywords.values())
    return [*positional, *keywords.values()] or [call]


def _innermost_call_argument(flow: PythonFlow, node: Any) -> Any:
    """`execute(text(q))` / `loads(base64.b64decode(x))`: look through wrappers that only re-type the value."""
    if node.type == "call":
        callee = _normal(flow.dotted(node.child_by_field_name("function"))).rsplit(".", 1)[-1]
        if callee in ("text", "b64decode", "urlsafe_b64decode", "bytes", "bytearray", "StringIO", "BytesIO"):
            positional, _ = flow._args(node)
            return positional[0] if positional else None
    return None


def analyse(
    source: SourceFile, ctx: TriageContext, family: str, start: tuple[int, int], end: tuple[int, int]
) -> tuple[FlowResult, list[Evidence]]:
    """The flow reaching the sink at start..end, plus reachability facts (dead code, handler)."""
    flow = PythonFlow(source, ctx, family)
    node = source.node_at(start, end)
    function = enclosing_function(node)
    scope = Scope(function if function is not None else source.tree.root_node)
    extra: list[Evidence] = []
    if flow.dead_code(node, scope):
        extra.append(flow.ev(node, "the flagged code sits in a branch that never runs", "safe", "reachability"))
    expressions = sink_expressions(flow, node, family)
    result = combine(flow.expr(e, scope) for e in expressions)
    own = flow.expr(node, scope)
    if own.flow is Flow.TAINTED:  # the matched code is itself a source (`session[k] = request.args.get(k)`)
        result = combine([result, own])
    if result.flow.safe:  # anchor the verdict at the sink itself, so it is re-verified against this line
        shown = ", ".join(flow.text(e) for e in expressions)[:120]
        summary = flow.ev(node, f"the value reaching the sink (`{shown}`) is {result.flow.value}", "safe")
        result = FlowResult(result.flow, (*result.evidence, summary))
    return result, extra
