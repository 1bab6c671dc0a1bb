"""What the data-flow analysers share: the result lattice, reaching definitions, guards, helpers and callers.

`jsflow`, `javaflow` and `goflow` subclass `FlowAnalyser`. The base class holds the reasoning that does not
depend on the language: which definitions reach a use (the dominating one wins, branches combine), which
`if` rejects or admits a value, which code never runs, what a helper in the file returns and what the callers
of a plain function pass. Each subclass says how its grammar spells expressions, definitions, parameters,
calls and checks. Anything an analyser cannot see is UNKNOWN, never safe.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from secops.knowledge.catalog import ApprovedEntry
from secops.models import Evidence
from secops.triage.interface import Flow, TriageContext
from secops.triage.source import SourceFile, walk

MAX_DEPTH = 4
MAX_CALLERS = 20
MAX_STEPS = 20_000  # expressions evaluated for one finding; beyond it the answer is UNKNOWN
_ORDER = list(Flow)
# A number carries no syntax, but it is still a host (2130706433 is 127.0.0.1) or a path of a URL.
NUMBER_UNFIT = frozenset({"ssrf", "open-redirect"})
# A constant start that pins the host: a local path ("/account...") or "scheme://host/".
_FIXED_DESTINATION = re.compile(r"^(/[^/\\]|[a-z][a-z0-9+.-]*://[^/\\?#@]+[/?#])", re.IGNORECASE)
# Values a check must reject to count as an allow-list for a family.
GENERIC_PROBES = ("'", '"', "<x>", "a;b", "a\nb", "../x", "${x}", "*", "a b")
PROBES: dict[str, tuple[str, ...]] = {
    "sql-injection": ("' OR '1'='1", "a'--", 'a"', "1;DROP TABLE t", "a\\", "1 OR 1=1"),
    "nosql-injection": ("$ne", '{"$gt":""}', "a'||'1'=='1", "a;b"),
    "command-injection": ("a;id", "a|id", "a&id", "$(id)", "`id`", "a\nid", "a id", "a>b"),
    "code-injection": ("1;process.exit()", "a'", 'a"', "require('x')", "a)"),
    "ldap-injection": ("*", "a)(uid=*", "a\\", "a(", "a)"),
    "xpath-injection": ("' or '1'='1", 'a"', "a]", "a'"),
    "ssti": ("{{7*7}}", "${7*7}", "<%= 7 %>", "#{7}"),
    "xss": ("<script>", '"><img', "a'b", 'a"b', "javascript:alert(1)", "<"),
    "log-injection": ("a\nb", "a\rb"),
    "path-traversal": ("..", "../x", "a/../../x", "/etc/passwd", "..\\x", "a/../b"),
    "open-redirect": ("//evil.com", "//evil", "/\\evil", "https://evil.com", "http://evil", "javascript:alert(1)",
                      "\\\\evil"),
    "ssrf": ("http://localhost/", "http://127.0.0.1/", "http://169.254.169.254/", "https://evil.com/", "http://internal/",
             "http://10.0.0.1/", "file:///etc/passwd", "gopher://x/", "http://0/", "https://evil.com", "//evil.com"),
    "prototype-pollution": ("__proto__", "constructor", "prototype"),
}  # fmt: skip


def words(text: str) -> frozenset[str]:
    """A set of names written as one string (long vocabularies stay readable)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class FlowResult:
    flow: Flow
    evidence: tuple[Evidence, ...] = ()


def combine(results: Iterable[FlowResult]) -> FlowResult:
    """The most dangerous flow wins; its evidence explains it (all safe evidence when everything is safe)."""
    items = list(results)
    if not items:
        return FlowResult(Flow.UNKNOWN, ())
    worst = max(items, key=lambda r: (r.flow.danger, _ORDER.index(r.flow))).flow
    if worst.safe:
        evidence = tuple(e for r in items for e in r.evidence)
    else:
        evidence = tuple(e for r in items if r.flow is worst for e in r.evidence)
    return FlowResult(worst, dedupe(evidence))


def dedupe(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[tuple[str, str, int], Evidence] = {}
    for item in evidence:
        seen.setdefault((item.detail, item.path, item.line), item)
    return tuple(seen.values())[:12]


@dataclass(frozen=True)
class Param:
    name: str
    position: int
    default: Any = None
    variadic: bool = False
    node: Any = None  # the declaration, for its annotations and type


class Scope:
    """A function (or file) body plus what its parameters are bound to by a caller."""

    def __init__(self, node: Any, bindings: dict[str, FlowResult] | None = None) -> None:
        self.node = node
        self.bindings = bindings or {}


def is_ancestor(ancestor: Any, node: Any) -> bool:
    current = node
    while current is not None:
        if current.id == ancestor.id:
            return True
        current = current.parent
    return False


def unparen(node: Any) -> Any:
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    return node


def operator(node: Any) -> str:
    op = node.child_by_field_name("operator")
    return "" if op is None else bytes(op.text or b"").decode()


def strict_pattern(pattern: str, family: str, whole_match: bool) -> bool:
    """A regular expression that admits only values without the syntax `family` cares about.

    The shape must be anchored (or matched whole), without unescaped dots, negated classes or multi-line
    mode, and no attack string of the family may match it.
    """
    if not whole_match:
        anchored_start = pattern.startswith(("^", "\\A"))
        anchored_end = pattern.endswith(("\\z", "\\Z")) or (pattern.endswith("$") and not pattern.endswith("\\$"))
        if not (anchored_start and anchored_end) or _top_level_alternation(pattern):
            return False
    if re.search(r"\\[SWD]|\[\^|\(\?[a-z]*[ms]", pattern):
        return False  # negated classes admit almost anything
    if "." in re.sub(r"\[(?:\\.|[^\]\\])*\]|\\.", "", pattern):
        return False  # an unescaped dot matches any character
    try:
        compiled = re.compile(re.sub(r"\(\?<(?=[A-Za-z])", "(?P<", pattern.replace("\\z", "\\Z")))
    except re.error:
        return False
    test = compiled.fullmatch if whole_match else compiled.search
    return not any(test(probe) for probe in PROBES.get(family, GENERIC_PROBES))


def fixes_destination(text: str) -> bool:
    return _FIXED_DESTINATION.match(text) is not None


def _top_level_alternation(pattern: str) -> bool:
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


@dataclass(frozen=True)
class Grammar:
    """Node types the shared reasoning needs to know."""

    functions: frozenset[str]  # start a new scope
    nested: frozenset[str]  # not entered when walking a body (functions and classes)
    blocks: frozenset[str]  # statement lists
    conditionals: frozenset[str]  # code inside may not run (branches, loops, try, short-circuit)
    loops: frozenset[str]  # definitions whose body contains the uses they define (for-of, range)
    terminators: frozenset[str] = frozenset({"return_statement", "throw_statement"})
    jumps: frozenset[str] = frozenset({"return_statement", "throw_statement", "continue_statement", "break_statement"})
    false_literals: frozenset[str] = frozenset({"false", "0", "null", '""', "''"})
    true_literals: frozenset[str] = frozenset({"true", "1"})
    accessors: frozenset[str] = frozenset()  # `m.x`, `m[k]`: the container comes first
    aliases: frozenset[str] = frozenset()  # a container written here is shared (`y = m`, `return m`, `[m]`)
    definitions: frozenset[str] = frozenset()  # node types that may give a name a value (see `defines`)


class AnalysisState:
    """What the analysers of one finding share: an index of the file's nodes, results, the work budget."""

    def __init__(self, root: Any) -> None:
        self.by_type: dict[str, list[Any]] = {}
        for node in walk(root):
            self.by_type.setdefault(node.type, []).append(node)
        self.steps = 0
        self.results: dict[tuple[Any, ...], FlowResult] = {}
        self.stack: list[tuple[Any, ...]] = []  # results being computed
        self.provisional: set[tuple[Any, ...]] = set()  # computed while a cycle was cut: not to be reused
        self.memo: dict[Any, Any] = {}


class FlowAnalyser(ABC):
    """Evaluates expressions of one file: where does the value come from, and what happened to it?"""

    language: ClassVar[str]
    grammar: ClassVar[Grammar]
    suffixes: ClassVar[tuple[str, ...]]
    pure_calls: ClassVar[frozenset[str]] = frozenset()  # read their arguments without changing them

    def __init__(
        self, source: SourceFile, ctx: TriageContext, family: str, depth: int = 0, state: AnalysisState | None = None
    ) -> None:
        self.src = source
        self.ctx = ctx
        self.family = family
        self.depth = depth
        self.root = source.tree.root_node
        self.state = state if state is not None else AnalysisState(self.root)
        self._active: set[int] = set()  # helpers being evaluated (recursion guard)
        self.keys_only = False  # judging an allow-list: only the keys of a container must stay constant

    def deeper(self) -> Self:
        return type(self)(self.src, self.ctx, self.family, self.depth + 1, self.state)

    def nodes(self, *types: str) -> list[Any]:
        """The file's nodes of these types, in source order."""
        if len(types) == 1:
            return self.state.by_type.get(types[0], [])
        key = ("nodes", *types)
        if key not in self.state.memo:
            found = [n for t in types for n in self.state.by_type.get(t, ())]
            self.state.memo[key] = sorted(found, key=lambda n: n.start_byte)
        result: list[Any] = self.state.memo[key]
        return result

    def named(self, text: str) -> list[Any]:
        """The file's identifiers (of any kind) spelled `text`."""
        if "identifiers" not in self.state.memo:
            index: dict[str, list[Any]] = {}
            for kind, found in self.state.by_type.items():
                if kind.endswith("identifier") or kind.endswith("identifier_pattern"):
                    for node in found:
                        index.setdefault(self.text(node), []).append(node)
            self.state.memo["identifiers"] = index
        result: list[Any] = self.state.memo["identifiers"].get(text, [])
        return result

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """A per-file fact (imports, classes) computed once for every analyser of the finding."""
        if key not in self.state.memo:
            self.state.memo[key] = build()
        return self.state.memo[key]

    def remembered(self, key: tuple[Any, ...], compute: Callable[[], FlowResult], keep: bool = True) -> FlowResult:
        """`compute()` once per key. A key met again while it is being computed is a cycle (a definition that
        reads its own variable: a loop, a closure, `n = n + 1`); the other definitions decide, so it counts as
        CONSTANT there (the least fixed point), and results computed inside the cycle are not reused."""
        state = self.state
        if key in state.results:
            return state.results[key]
        if key in state.stack:
            state.provisional.update(state.stack[state.stack.index(key) + 1 :])
            return FlowResult(Flow.CONSTANT)
        state.stack.append(key)
        try:
            result = compute()
        finally:
            state.stack.pop()
        if key in state.provisional:
            state.provisional.discard(key)
        elif keep:
            state.results[key] = result
        return result

    # ---- evidence ---------------------------------------------------------------------------------
    def text(self, node: Any) -> str:
        return self.src.node_text(node)

    def ev(self, node: Any, detail: str, supports: str, kind: str = "dataflow") -> Evidence:
        line = node.start_point[0] + 1
        return Evidence(kind, detail, self.src.path, line, supports, self.src.line(line).strip()[:200])

    def tainted(self, node: Any, what: str) -> FlowResult:
        return FlowResult(Flow.TAINTED, (self.ev(node, f"attacker-controlled input {what}", "vulnerable"),))

    def unknown(self, node: Any, why: str) -> FlowResult:
        return FlowResult(Flow.UNKNOWN, (self.ev(node, why, "neutral"),))

    def constant(self, node: Any, why: str) -> FlowResult:
        return FlowResult(Flow.CONSTANT, (self.ev(node, why, "safe"),))

    def with_note(self, result: FlowResult, node: Any, detail: str) -> FlowResult:
        return FlowResult(result.flow, (*result.evidence, self.ev(node, detail, _supports(result.flow))))

    # ---- approved sanitizers, validators and trusted sources ---------------------------------------
    def approved(self, names: Iterable[str]) -> ApprovedEntry | None:
        wanted = {n.replace("()", "") for n in names if n}
        for entry in self.ctx.approved:
            if entry.covers(self.language) and entry.name.replace("()", "") in wanted and self.imported(entry):
                return entry
        return None

    def imported(self, entry: ApprovedEntry) -> bool:
        """Whether the file really uses the entry's module (languages refine this)."""
        return True

    def through_approved(self, node: Any, entry: ApprovedEntry, inner: FlowResult) -> FlowResult:
        """The value of calling an approved entry on `inner`."""
        if entry.section == "trusted_sources":
            detail = f"`{entry.name}` is a declared trusted source ({entry.clause})"
            return FlowResult(Flow.TRUSTED, (self.ev(node, detail, "safe"),))
        if self.family in entry.fits:
            role = entry.section.rstrip("s")
            detail = f"passes through approved {role} `{entry.name}` that fits {self.family} ({entry.clause})"
            return FlowResult(Flow.SANITIZED, (self.ev(node, detail, "safe"),))
        fits = ", ".join(entry.fits) or "nothing"
        detail = f"`{entry.name}` does not make a value safe for {self.family} (it fits {fits})"
        return FlowResult(inner.flow, (*inner.evidence, self.ev(node, detail, _supports(inner.flow, "vulnerable"))))

    def concatenation(self, node: Any, leading: str | None, parts: list[FlowResult]) -> FlowResult:
        """A string built from parts; for a redirect, a constant start can pin where it goes."""
        result = combine(parts) if parts else FlowResult(Flow.CONSTANT)
        if self.family == "open-redirect" and not result.flow.safe and leading and fixes_destination(leading):
            detail = f"the constant start `{leading[:60]}` fixes where the redirect goes; input only fills the rest"
            return FlowResult(Flow.SANITIZED, (self.ev(node, detail, "safe"),))
        return result

    def reverting(self, node: Any, what: str, inner: FlowResult) -> FlowResult:
        """A decode or replace applied to a sanitized value may undo the encoding."""
        if inner.flow is not Flow.SANITIZED:
            return inner
        return self.unknown(node, f"`{what}` after the sanitizer may undo what it encoded")

    def numeric(self, node: Any, what: str, inner: FlowResult) -> FlowResult:
        """A conversion to a number: no syntax survives it, except where a number is itself dangerous."""
        if self.family in NUMBER_UNFIT:
            detail = f"`{what}` yields a number, which does not make a value safe for {self.family}"
            return FlowResult(inner.flow, (*inner.evidence, self.ev(node, detail, _supports(inner.flow))))
        detail = f"`{what}` yields a number, which cannot carry {self.family} syntax"
        return FlowResult(Flow.SANITIZED, (self.ev(node, detail, "safe"),))

    # ---- what each language provides ---------------------------------------------------------------
    def expr(self, node: Any, scope: Scope) -> FlowResult:
        """The flow of an expression (UNKNOWN once the finding's work budget is spent)."""
        self.state.steps += 1
        if self.state.steps > MAX_STEPS:
            return self.unknown(node, "too much code to follow from this finding")
        return self.evaluate(node, scope)

    @abstractmethod
    def evaluate(self, node: Any, scope: Scope) -> FlowResult:
        """The flow of an expression, by its syntax."""

    @abstractmethod
    def defined_names(self, node: Any) -> list[str]:
        """The names `node` (a declaration, assignment, loop, mutating call...) gives a value."""

    def defines(self, node: Any, name: str) -> bool:
        return node.type in self.grammar.definitions and name in self._names_of(node)

    def _names_of(self, node: Any) -> tuple[str, ...]:
        key = ("defined", node.id)
        if key not in self.state.memo:
            self.state.memo[key] = tuple(self.defined_names(node))
        names: tuple[str, ...] = self.state.memo[key]
        return names

    def _index(self, nodes: Iterable[Any]) -> dict[str, list[Any]]:
        index: dict[str, list[Any]] = {}
        for node in nodes:
            if node.type in self.grammar.definitions:
                for name in self._names_of(node):
                    index.setdefault(name, []).append(node)
        return index

    def scope_definitions(self, scope_node: Any) -> dict[str, list[Any]]:
        """Name -> definitions in the body of a scope (nested functions excluded), in source order."""
        index: dict[str, list[Any]] = self.cached(("scope", scope_node.id), lambda: self._index(self.body(scope_node)))
        return index

    def params(self, function: Any) -> list[Param]:
        """`parameters`, once per function."""
        params: list[Param] = self.cached(("params", function.id), lambda: self.parameters(function))
        return params

    @abstractmethod
    def definition_value(self, node: Any, name: str, scope: Scope) -> FlowResult:
        """The flow `name` gets from the definition `node`."""

    def augments(self, node: Any) -> bool:
        """A definition that adds to the previous value (`+=`, `sb.append(x)`) instead of replacing it."""
        return False

    @abstractmethod
    def parameters(self, function: Any) -> list[Param]:
        """The parameters of a function, in order (a destructuring pattern gives several at one position)."""

    @abstractmethod
    def function_name(self, function: Any) -> str: ...

    @abstractmethod
    def returned(self, function: Any, index: int) -> list[Any]:
        """The expressions a function returns (the `index`-th one where it returns several)."""

    @abstractmethod
    def handler_parameter(self, function: Any, name: str) -> FlowResult | None:
        """The flow of a parameter the framework fills (a request handler's), or None for a plain one."""

    @abstractmethod
    def call_sites(self, function: Any) -> list[tuple[Any, list[Any]]]:
        """(call node, argument nodes) of the calls of `function` in this file."""

    @abstractmethod
    def visible_elsewhere(self, function: Any) -> list[str]:
        """Other files that may call `function` (it is exported and they mention its name)."""

    def global_definitions(self, name: str) -> list[Any]:
        """Definitions of a file-level name (module constants, class fields, package variables), wherever
        in the file they are assigned (functions that declare their own `name` excluded)."""
        key = ("globals", name)
        if key not in self.state.memo:
            found = []
            everywhere = self.cached("everywhere", lambda: self._index(self.nodes(*sorted(self.grammar.definitions))))
            for node in everywhere.get(name, []):
                if self.is_declaration(node):
                    if self.enclosing_function(node) is None:
                        found.append(node)
                elif self.owned_by_file(node, name):
                    found.append(node)
            self.state.memo[key] = found
        result: list[Any] = self.state.memo[key]
        return result

    def undeclared(self, name: str, use: Any) -> FlowResult | None:
        """A name with no definition in the file: a global source, an import, a library constant."""
        return None

    def global_caveat(self, name: str, defs: list[Any]) -> FlowResult | None:
        """What else may assign a file-level name (another file, the framework), if anything."""
        return None

    @abstractmethod
    def check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:
        """What `condition` being true establishes about `name`, if it is a check we trust."""

    def negative_check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:
        """What `condition` being false establishes about `name` (`x !== "a"`, `indexOf(x) === -1`)."""
        return None

    @abstractmethod
    def exits(self, statement: Any) -> bool:
        """An expression statement that never returns (`process.exit()`, `panic()`, `log.Fatal()`)."""

    def condition_of(self, if_node: Any) -> Any:
        return if_node.child_by_field_name("condition")

    def branches(self, if_node: Any) -> tuple[Any, Any]:
        return if_node.child_by_field_name("consequence"), if_node.child_by_field_name("alternative")

    # ---- walking ----------------------------------------------------------------------------------
    def body(self, scope_node: Any) -> Iterator[Any]:
        """Descendants of a scope, not entering nested functions or classes."""
        stack = list(reversed(scope_node.named_children))
        while stack:
            node = stack.pop()
            yield node
            if node.type in self.grammar.nested:
                continue
            stack.extend(reversed(node.named_children))

    def enclosing_function(self, node: Any) -> Any:
        current = node.parent
        while current is not None:
            if current.type in self.grammar.functions:
                return current
            current = current.parent
        return None

    def dominates(self, definition: Any, use: Any) -> bool:
        """`definition` runs whenever `use` does: no branch, loop or try lies between them."""
        child, current = definition, definition.parent
        while current is not None and not is_ancestor(current, use):
            if current.type in self.grammar.functions or self.conditional_child(current, child):
                return False
            child, current = current, current.parent
        return current is not None

    def conditional_child(self, parent: Any, child: Any) -> bool:
        """Whether `child` may be skipped when `parent` runs (a branch, a loop body, the right of `&&`)."""
        if parent.type in self.grammar.conditionals:
            always = [
                parent.child_by_field_name(f) for f in ("condition", "initializer", "value", "right", "resources")
            ]
            return not any(a is not None and a.id == child.id for a in always)
        if parent.type == "binary_expression" and operator(parent) in ("&&", "||", "??"):
            right = parent.child_by_field_name("right")
            return right is not None and right.id == child.id
        return False

    # ---- names ------------------------------------------------------------------------------------
    def name(self, name: str, use: Any, scope: Scope) -> FlowResult:
        # Inside a helper called with particular arguments the answer is not shared with other calls.
        key = ("name", name, use.id, scope.node.id, self.keys_only, id(scope) if scope.bindings else 0)
        return self.remembered(key, lambda: self._name(name, use, scope), keep=not scope.bindings)

    def _name(self, name: str, use: Any, scope: Scope) -> FlowResult:
        if name in scope.bindings:
            return self._guarded(scope.bindings[name], name, use, scope)
        defs = self.definitions(name, scope.node, use)
        if defs:
            return self._guarded(self.reaching_value(defs, name, use, scope), name, use, scope)
        if scope.node.type in self.grammar.functions:
            if any(p.name == name for p in self.params(scope.node)):
                return self._guarded(self.parameter(scope.node, name), name, use, scope)
            outer = self.enclosing_function(scope.node)
            if outer is not None:  # a closure reads its enclosing function's variables
                return self.name(name, scope.node, Scope(outer))
        found = self.file_level(name, use)
        if found is not None:
            return self._guarded(found, name, use, scope)
        return self.unknown(use, f"origin of `{name}` is not visible here")

    def file_level(self, name: str, use: Any) -> FlowResult | None:
        defs = self.global_definitions(name)
        if not defs:
            return self.undeclared(name, use)
        return self.remembered(("file", name, self.keys_only), lambda: self._file_value(name, defs))

    def _file_value(self, name: str, defs: list[Any]) -> FlowResult:
        values = []
        for definition in defs:
            scope = Scope(self.enclosing_function(definition) or self.root)
            if self.dead_code(definition, scope):
                values.append(self.constant(definition, f"assignment to `{name}` in a branch that never runs"))
            else:
                values.append(self.definition_value(definition, name, scope))
        caveat = self.global_caveat(name, defs)
        result = combine([*values, *([caveat] if caveat is not None else [])])
        escaped = self.escaped(name, defs) if result.flow is Flow.CONSTANT else None
        return escaped if escaped is not None else result

    # ---- containers other code may change -----------------------------------------------------------
    def escaped(self, name: str, defs: list[Any]) -> FlowResult | None:
        """A constant container that is passed whole to other code, aliased or returned may not stay constant."""
        values = [self.definition_node_value(d, name) for d in defs]
        members = [self.container_members(v) for v in values if v is not None]
        containers = [m for m in members if m is not None]
        if not containers:
            return None
        nested = any(not self.is_literal(m) for group in containers for m in group)  # members that can change
        for node in self.named(name):
            shorthand = node.type == "shorthand_property_identifier"  # `{ m }`
            if shorthand or (node.type == "identifier" and self._shares(node, nested)):
                return self.unknown(node, f"the container `{name}` is handed to code that may change it")
        return None

    def container_members(self, value: Any) -> list[Any] | None:
        """The member values of a literal object, array, map or set code could still modify (None otherwise)."""
        return None

    def _shares(self, node: Any, nested: bool) -> bool:
        parent = node.parent
        if parent is not None and parent.type in self.grammar.accessors and parent.named_children[0].id == node.id:
            if self.keys_only or not nested:
                return False  # `m[k]` handed on: only a member that is itself a container can change
            node, parent = parent, parent.parent
        if parent is None:
            return False
        if parent.type in ("arguments", "argument_list"):
            return self.callee_text(parent.parent) not in self.pure_calls
        return parent.type in self.grammar.aliases and self.aliased(parent, node)

    def callee_text(self, call: Any) -> str:
        callee = call.child_by_field_name("function") if call is not None else None
        return self.text(callee) if callee is not None else ""

    def aliased(self, holder: Any, node: Any) -> bool:
        """`node` is the value written by `holder` (`y = m`, `return m`, `[m]`), not its target."""
        value = holder.child_by_field_name("value") or holder.child_by_field_name("right")
        return value is None or is_ancestor(value, node)

    def constant_keys(self, node: Any, scope: Scope) -> bool:
        """The container's keys (or members) are constants: what an allow-list needs."""
        self.keys_only = True
        try:
            return self.expr(node, scope).flow is Flow.CONSTANT
        finally:
            self.keys_only = False

    def _guarded(self, result: FlowResult, name: str, use: Any, scope: Scope) -> FlowResult:
        if result.flow.safe:
            return result
        guard = self.guard(name, use, scope)
        return guard if guard is not None else result

    def definitions(self, name: str, scope_node: Any, use: Any) -> list[Any]:
        """Definitions of `name` in the scope that finish before `use` (all of them when use is None), and
        assignments to it from closures inside the scope, which may run at any time."""
        found = [
            node
            for node in self.scope_definitions(scope_node).get(name, [])
            if use is None
            or node.end_byte <= use.start_byte
            or (node.type in self.grammar.loops and is_ancestor(node, use))
        ]
        return found + self.closure_definitions(name, scope_node)

    def closure_definitions(self, name: str, scope_node: Any) -> list[Any]:
        if scope_node.type not in self.grammar.functions or not self.declares(scope_node, name):
            return []
        inner = self.cached(
            ("closures", scope_node.id),
            lambda: self._index(n for n in walk(scope_node) if self._inside_closure(n, scope_node)),
        )
        found = []
        for node in inner.get(name, []):
            if self.is_declaration(node):
                continue
            function, shadowed = self.enclosing_function(node), False
            while function is not None and function.id != scope_node.id:
                shadowed = shadowed or self.declares(function, name)
                function = self.enclosing_function(function)
            if not shadowed:
                found.append(node)
        return found

    def reaching_value(self, defs: list[Any], name: str, use: Any, scope: Scope) -> FlowResult:
        """The last definition that dominates the use, plus later ones in branches that may run."""
        dominating = [d for d in defs if not self.augments(d) and self.dominates(d, use)]
        reaching = defs if not dominating else [d for d in defs if d.start_byte >= dominating[-1].start_byte]
        closures = [d for d in defs if (self.enclosing_function(d) or self.root).id != scope.node.id]
        values = []
        for definition in [*reaching, *(c for c in closures if c not in reaching)]:
            own = scope if definition not in closures else Scope(self.enclosing_function(definition))
            if self.dead_code(definition, own):
                values.append(self.constant(definition, f"assignment to `{name}` in a branch that never runs"))
            else:
                values.append(self.definition_value(definition, name, own))
        result = combine(values)
        escaped = self.escaped(name, defs) if result.flow is Flow.CONSTANT else None
        return escaped if escaped is not None else result

    def _inside_closure(self, node: Any, scope_node: Any) -> bool:
        function = self.enclosing_function(node)
        return function is not None and function.id != scope_node.id

    def declares(self, function: Any, name: str) -> bool:
        """Whether `function` has its own `name` (a parameter or a local declaration)."""
        return any(p.name == name for p in self.params(function)) or any(
            self.is_declaration(n) for n in self.scope_definitions(function).get(name, [])
        )

    def is_declaration(self, node: Any) -> bool:
        """A definition that introduces a new variable (`let`, `var x`, `:=`, a local variable declaration)."""
        return False

    def owned_by_file(self, node: Any, name: str) -> bool:
        """An assignment to the file-level `name`: no enclosing function declares its own."""
        function = self.enclosing_function(node)
        while function is not None:
            if self.declares(function, name):
                return False
            function = self.enclosing_function(function)
        return True

    def constant_literal(self, name: str, use: Any, scope: Scope) -> Any:
        """The literal node a name is bound to once and for all, if it is one."""
        function = self.enclosing_function(use)
        defs = self.definitions(name, function, None) if function is not None else []
        if not defs and (function is None or not self.declares(function, name)):
            defs = self.global_definitions(name)
            if len(defs) == 1 and self.global_caveat(name, defs) is not None:
                return None  # another file or class may change it
        if len(defs) != 1:
            return None
        value = self.definition_node_value(defs[0], name)
        if value is None:
            return None
        text = self.text(value).strip()
        literal = self.is_literal(value) or text in self.grammar.false_literals or text in self.grammar.true_literals
        return value if literal else None

    # ---- functions: helpers and callers -----------------------------------------------------------
    def helper_call(self, call: Any, function: Any, args: Sequence[Any], scope: Scope, index: int = 0) -> FlowResult:
        """What a helper defined in this file returns when called with `args`."""
        fname = self.function_name(function) or "function"
        if function.id in self._active or self.depth >= MAX_DEPTH:
            return self.unknown(call, f"`{fname}()` is recursive or nested too deeply to follow")
        self._active.add(function.id)
        try:
            callee = Scope(function, self.bind(function, args, scope))
            values = [self.expr(v, callee) for v in self.returned(function, index) if not self.dead_code(v, callee)]
            result = combine(values) if values else self.constant(function, f"`{fname}()` returns no value")
        finally:
            self._active.discard(function.id)
        return self.with_note(result, function, f"helper `{fname}()` returns a {result.flow.value} value")

    def bind(self, function: Any, args: Sequence[Any], scope: Scope) -> dict[str, FlowResult]:
        bindings: dict[str, FlowResult] = {}
        for param in self.params(function):
            passed = args[param.position :] if param.variadic else args[param.position : param.position + 1]
            if passed:
                bindings[param.name] = combine(self.expr(a, scope) for a in passed)
            elif param.default is not None:
                bindings[param.name] = self.expr(param.default, Scope(self.root))
            else:
                bindings[param.name] = FlowResult(Flow.CONSTANT)  # not passed: undefined / zero value
        return bindings

    def parameter(self, function: Any, name: str) -> FlowResult:
        handler = self.handler_parameter(function, name)
        if handler is not None:
            return handler
        fname = self.function_name(function) or "an anonymous function"
        sites = self.call_sites(function)
        if not sites or self.depth >= MAX_DEPTH:
            return self.unknown(function, f"`{name}` is a parameter of `{fname}` with no visible callers")
        param = next(p for p in self.params(function) if p.name == name)
        results = []
        for call, args in sites[:MAX_CALLERS]:
            caller = self.deeper()
            caller_scope = Scope(self.enclosing_function(call) or self.root)
            passed = args[param.position :] if param.variadic else args[param.position : param.position + 1]
            if passed:
                results.append(combine(caller.expr(a, caller_scope) for a in passed))
            elif param.default is not None:
                results.append(caller.expr(param.default, Scope(self.root)))
            else:
                results.append(FlowResult(Flow.CONSTANT))  # not passed: undefined / zero value
        others = self.visible_elsewhere(function)
        if others:
            results.append(self.unknown(function, f"`{fname}` may also be called from {', '.join(others[:3])}"))
        result = combine(results)
        return self.with_note(result, function, f"every caller of `{fname}` passes a {result.flow.value} `{name}`")

    def repo_mentions(self, word: str, same_dir: bool = False, called: bool = True) -> list[str]:
        """Other files of this language in the repository that mention `word(` (or `word` at all)."""
        key = (self.src.path, word, same_dir, called)
        if key not in self.ctx.mentions:
            self.ctx.mentions[key] = tuple(self._mentions(word, same_dir, called))
        return list(self.ctx.mentions[key])

    def _mentions(self, word: str, same_dir: bool, called: bool) -> list[str]:
        needle = re.compile(rf"\b{re.escape(word)}\s*\(" if called else rf"\b{re.escape(word)}\b")
        folder = self.src.path.rpartition("/")[0]
        found = []
        for path in (p for suffix in self.suffixes for p in self.ctx.repo_files(suffix)):
            if path == self.src.path or (same_dir and path.rpartition("/")[0] != folder):
                continue
            try:
                text = (self.ctx.root / path).read_text("utf-8", "replace")
            except OSError:
                continue
            if needle.search(text):
                found.append(path)
        return found

    # ---- guards -----------------------------------------------------------------------------------
    def guard(self, name: str, use: Any, scope: Scope) -> FlowResult | None:
        """An `if` before the use that rejects dangerous values of `name`, or an allow-list `if` around it."""
        ifs = self.cached(
            ("ifs", scope.node.id), lambda: [n for n in self.body(scope.node) if n.type == "if_statement"]
        )
        for node in ifs:
            if node.start_byte >= use.start_byte:
                continue
            condition = self.condition_of(node)
            if condition is None:
                continue
            consequence, alternative = self.branches(node)
            kind, how = None, ""
            if consequence is not None and is_ancestor(consequence, use):
                kind, how = self.accepting(condition, name, scope), "runs only when"
            elif alternative is not None and is_ancestor(alternative, use):
                kind, how = self.rejecting(condition, name, scope), "runs only when"
            elif node.end_byte <= use.start_byte and self.dominates(node, use):
                if consequence is not None and self.terminates(consequence):
                    kind, how = self.rejecting(condition, name, scope), "is rejected unless"
                elif alternative is not None and self.terminates(alternative):
                    kind, how = self.accepting(condition, name, scope), "is rejected unless"
            if kind and not self._redefined(name, node, use, scope):
                detail = (
                    f"the sink runs only when `{name}` passes {kind}"
                    if how == "runs only when"
                    else f"`{name}` is rejected unless it passes {kind}"
                )
                return FlowResult(Flow.VALIDATED, (self.ev(node, detail, "safe"),))
        return None

    def _redefined(self, name: str, guard: Any, use: Any, scope: Scope) -> bool:
        """`name` may change between the check and the use: assigned after the condition, or by a closure."""
        checked = self.condition_of(guard) or guard
        return any(
            d.start_byte >= checked.end_byte or (self.enclosing_function(d) or self.root).id != scope.node.id
            for d in self.definitions(name, scope.node, use)
        )

    def refers_to(self, node: Any, name: str) -> bool:
        """`node` is the variable `name` (languages also see through `String(x)`-like wrappers)."""
        node = unparen(node)
        return node is not None and node.type == "identifier" and self.text(node) == name

    def helper_check(self, helper: Any, args: Sequence[Any], name: str) -> str | None:
        """`if (!isAllowed(x))` where `isAllowed` returns a check on its (unchanged) parameter."""
        position = next((i for i, a in enumerate(args) if self.refers_to(a, name)), None)
        param = next((p for p in self.params(helper) if p.position == position), None)
        returned = self.returned(helper, 0)
        if param is None or not returned or helper.id in self._active:
            return None
        if self.definitions(param.name, helper, None):
            return None  # the helper changes its parameter before checking it
        self._active.add(helper.id)
        try:
            kinds = [self.accepting(r, param.name, Scope(helper)) for r in returned]
        finally:
            self._active.discard(helper.id)
        return f"`{self.function_name(helper)}()` ({kinds[0]})" if all(kinds) else None

    def accepting(self, condition: Any, name: str, scope: Scope) -> str | None:
        """What holds for `name` when `condition` is true."""
        node = unparen(condition)
        if node.type == "binary_expression" and operator(node) in ("&&", "||"):
            parts = [self.accepting(node.child_by_field_name(side), name, scope) for side in ("left", "right")]
            if operator(node) == "||":  # `x == "a" || x == "b"`: every alternative must check
                return parts[0] if all(parts) else None
            return next((k for k in parts if k), None)
        inner = self.negated(node)
        if inner is not None:
            return self.rejecting(inner, name, scope)
        if node.type == "identifier" and self.text(node) != name:
            value = self.constant_literal(self.text(node), node, scope)
            checked = self.check_variable(self.text(node), name, node, scope)
            if value is None and checked is not None:
                return self.accepting(checked, name, scope)
        return self.check_kind(node, name, scope)

    def rejecting(self, condition: Any, name: str, scope: Scope) -> str | None:
        """What holds for `name` when `condition` is false."""
        node = unparen(condition)
        if node.type == "binary_expression" and operator(node) in ("&&", "||"):
            parts = [self.rejecting(node.child_by_field_name(side), name, scope) for side in ("left", "right")]
            if operator(node) == "&&":  # `x != "a" && x != "b"`: every alternative must check
                return parts[0] if all(parts) else None
            return next((k for k in parts if k), None)
        inner = self.negated(node)
        if inner is not None:
            return self.accepting(inner, name, scope)
        if node.type == "identifier" and self.text(node) != name:
            checked = self.check_variable(self.text(node), name, node, scope)
            if checked is not None:
                return self.rejecting(checked, name, scope)
        return self.negative_check_kind(node, name, scope)

    def negated(self, node: Any) -> Any:
        """`!x`, `x === false`, `x == false`: the inner condition, else None."""
        if node.type == "unary_expression" and operator(node) == "!":
            return node.named_children[0] if node.named_children else None
        if node.type == "binary_expression" and operator(node) in ("==", "===", "!=", "!=="):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            flag = {"false": "==", "true": "!="}
            for value, other in ((right, left), (left, right)):
                wanted = flag.get(self.text(value))
                if wanted is not None and operator(node).startswith(wanted[0]) and other is not None:
                    return other
        return None

    def check_variable(self, variable: str, name: str, use: Any, scope: Scope) -> Any:
        """`ok := allowed[x]` / `const valid = RE.test(x)`: the check a boolean variable holds, provided
        `name` is not assigned again between the check and its use."""
        defs = self.definitions(variable, scope.node, use)
        if len(defs) != 1 or any(d.end_byte > defs[0].end_byte for d in self.definitions(name, scope.node, use)):
            return None
        return self.definition_node_value(defs[0], variable)

    def definition_node_value(self, definition: Any, name: str) -> Any:
        """The expression node a simple definition assigns to `name` (None when there is no single one)."""
        return None

    def equality_kind(self, node: Any, name: str, operators: tuple[str, ...]) -> str | None:
        """`name == "literal"` (or the other way round) with one of `operators`."""
        if node.type != "binary_expression" or operator(node) not in operators:
            return None
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        for mine, other in ((left, right), (right, left)):
            if mine is not None and other is not None and self.text(mine) == name and self.is_literal(other):
                return f"an equality check against {self.text(other)}"
        return None

    def is_literal(self, node: Any) -> bool:
        return node.type in (
            "string", "string_literal", "interpreted_string_literal", "raw_string_literal", "number", "true", "false",
            "null", "undefined",
        )  # fmt: skip

    def terminates(self, node: Any) -> bool:
        if node.type in self.grammar.jumps:
            return True
        if node.type in self.grammar.blocks:
            return any(self.terminates(child) for child in node.named_children)
        if node.type == "expression_statement":
            return self.exits(node)
        if node.type == "if_statement":
            consequence, alternative = self.branches(node)
            return bool(consequence and alternative and self.terminates(consequence) and self.terminates(alternative))
        return node.type == "else_clause" and any(self.terminates(c) for c in node.named_children)

    # ---- dead code --------------------------------------------------------------------------------
    def constant_truth(self, node: Any, scope: Scope) -> bool | None:
        node = unparen(node)
        if node is None:
            return None
        text = self.text(node).strip()
        if text in self.grammar.false_literals:
            return False
        if text in self.grammar.true_literals:
            return True
        inner = node.named_children[0] if node.type == "unary_expression" and operator(node) == "!" else None
        if inner is not None:
            value = self.constant_truth(inner, scope)
            return None if value is None else not value
        if node.type == "binary_expression" and operator(node) in ("&&", "||"):
            left = self.constant_truth(node.child_by_field_name("left"), scope)
            right = self.constant_truth(node.child_by_field_name("right"), scope)
            if operator(node) == "&&":
                return False if False in (left, right) else (True if left is True and right is True else None)
            return True if True in (left, right) else (False if left is False and right is False else None)
        if node.type == "identifier":
            literal = self.constant_literal(text, node, scope)
            if literal is not None and literal.id != node.id:
                return self.constant_truth(literal, scope)
        return None

    def dead_code(self, node: Any, scope: Scope) -> bool:
        child, current = node, node.parent
        while current is not None and current.id != scope.node.id:
            if current.type == "if_statement":
                truth = self.constant_truth(self.condition_of(current), scope)
                consequence, alternative = self.branches(current)
                if truth is False and consequence is not None and is_ancestor(consequence, node):
                    return True
                if truth is True and alternative is not None and is_ancestor(alternative, node):
                    return True
            if current.type in self.grammar.blocks and child.type not in self.grammar.nested:
                before = [s for s in current.named_children if s.end_byte <= child.start_byte]
                if any(s.type in self.grammar.terminators for s in before):
                    return True
            child, current = current, current.parent
        return False


def _supports(flow: Flow, unsafe: str = "neutral") -> str:
    return "safe" if flow.safe else unsafe


def sink_node(flow: FlowAnalyser, start: tuple[int, int], end: tuple[int, int]) -> Any:
    """The node a finding points at. A range that runs past its statement (into a trailing comment, or over
    several lines) covers a whole block: then the statement that starts where the finding starts."""
    node = flow.src.node_at(start, end)
    containers = flow.grammar.blocks | {"program", "source_file", "class_body", "statement_list"}
    if node.type not in containers:
        return node
    node = flow.src.node_at(start, start)
    while node.parent is not None and node.parent.start_byte == node.start_byte and node.parent.type not in containers:
        node = node.parent
    return node


def analyse_at(flow: FlowAnalyser, node: Any, expressions: Sequence[Any]) -> tuple[FlowResult, list[Evidence]]:
    """The flow of the sink's dangerous expressions, plus reachability facts (dead code)."""
    function = flow.enclosing_function(node)
    scope = Scope(function if function is not None else flow.root)
    extra: list[Evidence] = []
    if flow.dead_code(node, Scope(flow.root)):
        extra.append(flow.ev(node, "the flagged code sits in a branch that never runs", "safe", "reachability"))
    result = combine(flow.expr(e, scope) for e in expressions)
    own = flow.expr(node, scope)
    if own.flow is Flow.TAINTED:  # the matched code is itself a source (`sendRedirect(request.getParameter(..))`)
        result = combine([result, own])
    if result.flow.safe:  # anchor the verdict at the sink itself, so it is re-verified against this line
        shown = ", ".join(flow.text(e) for e in expressions)[:120]
        summary = flow.ev(node, f"the value reaching the sink (`{shown}`) is {result.flow.value}", "safe")
        result = FlowResult(result.flow, (*result.evidence, summary))
    return result, extra


def call_arguments(call: Any) -> list[Any]:
    args = call.child_by_field_name("arguments")
    return (
        [c for c in args.named_children if c.type not in ("comment", "block_comment", "line_comment")] if args else []
    )
