"""Java data flow at a finding: Servlets and Spring MVC (also JAX-RS parameter annotations).

Sources: an `HttpServletRequest` (and what its `getParameter`, `getHeader`, `getCookies`, `getQueryString`,
`getInputStream`, `getReader`... return), Spring handler parameters (`@RequestParam`, `@PathVariable`,
`@RequestBody`, `@RequestHeader`, `@CookieValue`, and unannotated ones Spring binds from the request), and
the arguments of `main`.
"""

from __future__ import annotations

import re
from typing import Any

from secops.knowledge.catalog import ApprovedEntry
from secops.models import Evidence
from secops.triage.flowcore import (
    AnalysisState,
    FlowAnalyser,
    FlowResult,
    Grammar,
    Param,
    Scope,
    analyse_at,
    call_arguments,
    combine,
    operator,
    sink_node,
    strict_pattern,
    unparen,
    words,
)
from secops.triage.interface import Flow, TriageContext
from secops.triage.source import SourceFile, walk

FUNCTIONS = frozenset({"method_declaration", "constructor_declaration", "lambda_expression",
                       "compact_constructor_declaration"})  # fmt: skip
CLASSES = frozenset({"class_declaration", "interface_declaration", "enum_declaration", "record_declaration",
                     "class_body"})  # fmt: skip
GRAMMAR = Grammar(
    functions=FUNCTIONS,
    nested=FUNCTIONS | CLASSES,
    blocks=frozenset({"block", "constructor_body", "switch_block_statement_group"}),
    conditionals=frozenset(
        {
            "if_statement",
            "ternary_expression",
            "for_statement",
            "enhanced_for_statement",
            "while_statement",
            "do_statement",
            "switch_block_statement_group",
            "switch_rule",
            "try_statement",
            "try_with_resources_statement",
            "catch_clause",
        }
    ),
    loops=frozenset({"enhanced_for_statement"}),
    definitions=frozenset(
        {"variable_declarator", "assignment_expression", "enhanced_for_statement", "resource", "method_invocation"}
    ),
    accessors=frozenset({"field_access", "array_access"}),
    aliases=frozenset({"variable_declarator", "assignment_expression", "return_statement", "array_initializer"}),
    jumps=frozenset(
        {"return_statement", "throw_statement", "continue_statement", "break_statement", "yield_statement"}
    ),
)
LITERALS = words(
    """
    string_literal text_block character_literal decimal_integer_literal hex_integer_literal octal_integer_literal
    binary_integer_literal decimal_floating_point_literal hex_floating_point_literal true false null_literal
    class_literal
    """
)
JAVA_LANG = words(
    """
    String Integer Long Short Byte Double Float Boolean Character Math System Object StringBuilder StringBuffer
    Runtime ProcessBuilder
    """
)
LIBRARY_PACKAGES = ("java.", "javax.", "jakarta.", "org.springframework.", "org.w3c.", "org.xml.", "org.apache.")
NUMERIC_TYPES = words(
    """
    int long short byte double float boolean char Integer Long Short Byte Double Float Boolean BigInteger
    BigDecimal UUID LocalDate LocalDateTime Instant OptionalInt OptionalLong Duration
    """
)
NUMERIC = words(
    """
    Integer.parseInt Integer.valueOf Long.parseLong Long.valueOf Short.parseShort Byte.parseByte
    Double.parseDouble Double.valueOf Float.parseFloat Boolean.parseBoolean Boolean.valueOf Math.abs Math.max
    Math.min Math.round Math.floor Math.ceil UUID.fromString LocalDate.parse Instant.parse BigInteger.valueOf
    BigDecimal.valueOf
    """
)
PASS_STATIC = words(
    """
    String.format String.valueOf String.join String.copyValueOf Objects.toString Objects.requireNonNull
    Objects.requireNonNullElse Paths.get Path.of URI.create URLDecoder.decode Arrays.asList List.of Set.of Map.of
    Map.entry Map.ofEntries Collections.singletonList Collections.singleton Collections.unmodifiableList
    Collections.unmodifiableSet Collections.unmodifiableMap Stream.of Optional.of Optional.ofNullable
    Base64.getDecoder Base64.getEncoder Base64.getUrlDecoder HttpRequest.newBuilder StringUtils.trim
    StringUtils.strip StringUtils.lowerCase StringUtils.upperCase StringUtils.defaultString StringUtils.join
    FilenameUtils.concat Pattern.compile MessageFormat.format
    """
)
PASS_CLASSES = words(
    """
    String StringBuilder StringBuffer File URL URI FileInputStream FileReader ByteArrayInputStream
    InputStreamReader BufferedReader StringReader InputSource ObjectInputStream ArrayList LinkedList HashSet
    LinkedHashSet TreeSet HashMap LinkedHashMap TreeMap StreamSource BufferedInputStream DataInputStream Scanner
    StringJoiner RedirectView
    """
)
STRING_METHODS = words(
    """
    trim strip stripLeading stripTrailing toLowerCase toUpperCase replace replaceAll replaceFirst substring concat
    split getBytes toString append insert toCharArray intern formatted repeat decode encode encodeToString resolve
    normalize toAbsolutePath toRealPath toFile toPath getPath getAbsolutePath getCanonicalPath toURI toURL getName
    uri build header GET POST method timeout stream collect map filter toList lines chars getValue getKey subList
    values keySet entrySet iterator next readLine orElseThrow join add
    """
)
LOOKUP_METHODS = words("""get getOrDefault orElse getFirst getLast elementAt findFirst findAny""")
BOOLEAN_METHODS = words(
    """
    equals equalsIgnoreCase contains containsKey containsValue matches startsWith endsWith isEmpty isBlank hasNext
    exists isPresent find lookingAt anyMatch allMatch noneMatch isDirectory isFile canRead
    """
)
NUMBER_METHODS = words(
    """
    length size indexOf lastIndexOf compareTo hashCode intValue longValue count getPort ordinal
    """
)
MUTATORS = words("""append insert add addAll put putAll push offer addFirst addLast putIfAbsent setProperty add""")
PURE_CALLS = words(
    """
    String.valueOf Objects.equals Objects.requireNonNull Collections.unmodifiableMap Collections.unmodifiableList
    Collections.unmodifiableSet List.copyOf Set.copyOf Map.copyOf System.out.println log.info log.debug log.warn
    log.error logger.info logger.debug logger.warn logger.error LOG.info LOG.debug LOG.warn LOG.error
    """
)
MUTABLE_COLLECTIONS = words(
    """
    HashMap LinkedHashMap TreeMap ConcurrentHashMap ArrayList LinkedList HashSet LinkedHashSet TreeSet Properties
    Hashtable Vector
    """
)
REVERTING = frozenset({"replace", "replaceAll", "replaceFirst", "decode", "URLDecoder.decode"})
STATEMENT_BUILDERS = frozenset({"prepareStatement", "prepareCall", "createStatement"})
MAPPING_ANNOTATIONS = words(
    """
    RequestMapping GetMapping PostMapping PutMapping DeleteMapping PatchMapping GET POST PUT DELETE PATCH
    """
)
SOURCE_ANNOTATIONS = words(
    """
    RequestParam PathVariable RequestBody RequestHeader CookieValue ModelAttribute MatrixVariable RequestPart
    QueryParam PathParam FormParam HeaderParam CookieParam BeanParam MultipartForm
    """
)
REQUEST_TYPES = words(
    """
    HttpServletRequest ServletRequest HttpServletRequestWrapper MultipartHttpServletRequest WebRequest
    NativeWebRequest ServerHttpRequest ServerRequest Part MultipartFile Cookie
    """
)
FRAMEWORK_TYPES = words(
    """
    HttpServletResponse ServletResponse Model ModelMap BindingResult Errors Principal Authentication HttpSession
    RedirectAttributes Locale SessionStatus UriComponentsBuilder ServerHttpResponse HttpHeaders TimeZone ZoneId
    FilterChain
    """
)
SERVLET_METHODS = frozenset({"doGet", "doPost", "doPut", "doDelete", "doPatch", "service", "doFilter"})
EXIT_CALLS = frozenset({"System.exit", "Runtime.getRuntime().halt"})
SHELLS = words("""sh bash zsh dash ksh cmd cmd.exe powershell powershell.exe pwsh""")
FIRST_ARGUMENT_FAMILIES = words(
    """
    sql-injection nosql-injection code-injection ssrf deserialization xpath-injection ssti xxe
    """
)


class JavaFlow(FlowAnalyser):
    """Evaluates Java expressions of one file."""

    language = "java"
    grammar = GRAMMAR
    suffixes = (".java",)
    pure_calls = PURE_CALLS

    def __init__(
        self, source: SourceFile, ctx: TriageContext, family: str, depth: int = 0, state: AnalysisState | None = None
    ) -> None:
        super().__init__(source, ctx, family, depth, state)
        imports: tuple[dict[str, str], list[str]] = self.cached("imports", self._imports)
        self.imports, self.wildcards = imports
        self.classes: set[str] = self.cached("classes", self._classes)

    # ---- names of things ------------------------------------------------------------------------
    def _classes(self) -> set[str]:
        declared = (n.child_by_field_name("name") for n in self.nodes(*sorted(CLASSES - {"class_body"})))
        return {self.text(name) for name in declared if name is not None}

    def _imports(self) -> tuple[dict[str, str], list[str]]:
        mapping: dict[str, str] = {}
        wildcards: list[str] = []
        for node in self.root.named_children:
            if node.type != "import_declaration":
                continue
            target = next((c for c in node.named_children if c.type in ("scoped_identifier", "identifier")), None)
            if target is None:
                continue
            qualified = self.text(target)
            if any(c.type == "asterisk" for c in node.named_children):
                wildcards.append(qualified)
            else:
                mapping[qualified.rsplit(".", 1)[-1]] = qualified
        return mapping, wildcards

    def qualify(self, simple: str) -> str | None:
        if simple in self.imports:
            return self.imports[simple]
        if simple in JAVA_LANG:
            return f"java.lang.{simple}"
        return None

    def dotted(self, node: Any) -> str:
        node = unparen(node)
        if node.type in ("identifier", "this", "type_identifier"):
            return self.text(node)
        if node.type == "field_access":
            return f"{self.dotted(node.child_by_field_name('object'))}.{self.text(node.child_by_field_name('field'))}"
        if node.type == "method_invocation":
            obj = node.child_by_field_name("object")
            name = self.text(node.child_by_field_name("name"))
            return (f"{self.dotted(obj)}.{name}" if obj is not None else name) + "()"
        if node.type == "object_creation_expression":
            return "new " + _simple_type(self.text(node.child_by_field_name("type")))
        return "?"

    def imported(self, entry: ApprovedEntry) -> bool:
        """A short approved name (`Integer.parseInt`) must mean that class here, not a same-named one."""
        head = entry.name.split(".")[0]
        if head[:1].islower():
            return True  # fully qualified: it only matched a qualified candidate
        qualified = self.imports.get(head)
        if entry.module is not None:
            return qualified is None or qualified.startswith(entry.module) or f".{head}" in f".{qualified}"
        return qualified is None or qualified == f"java.lang.{head}" or head in JAVA_LANG

    def _candidates(self, node: Any, scope: Scope) -> list[str]:
        """Names an approved entry may use for a call: as written, qualified by imports, or by receiver type."""
        name = self.text(node.child_by_field_name("name"))
        obj = node.child_by_field_name("object")
        if obj is None:
            return [name, self.imports.get(name, name)]
        written = f"{self.dotted(obj)}.{name}".replace("()", "")
        names = [written]
        head, _, rest = written.partition(".")
        if head in self.imports:
            names.append(f"{self.imports[head]}.{rest}")
        kind = self.type_of(obj, scope)
        if kind is not None:
            names.append(f"{kind}.{name}")
        return names

    def type_of(self, node: Any, scope: Scope) -> str | None:
        """The qualified declared type of a receiver, where it is written in the file."""
        node = unparen(node)
        if node.type == "identifier":
            declared = self.declared_type(self.text(node), node, scope)
            return self.qualify(declared) if declared else None
        if node.type == "method_invocation":
            written = self.dotted(node).replace("()", "")
            if written in ("Paths.get", "Path.of") or written.endswith((".toPath", ".resolve", ".normalize")):
                return "java.nio.file.Path"
        return None

    def declared_type(self, name: str, use: Any, scope: Scope) -> str | None:
        for node in [*self.definitions(name, scope.node, use), *self.global_definitions(name)]:
            holder = node.parent if node.type == "variable_declarator" else node
            kind = holder.child_by_field_name("type") if holder is not None else None
            if kind is not None:
                return _simple_type(self.text(kind))
        if scope.node.type in FUNCTIONS:
            param = next((p for p in self.params(scope.node) if p.name == name), None)
            if param is not None:
                return self._param_type(param)
        return None

    def _param_type(self, param: Param) -> str:
        kind = param.node.child_by_field_name("type") if param.node is not None else None
        if kind is None and param.node is not None:
            kind = next((c for c in param.node.named_children if "type" in c.type), None)
        return _simple_type(self.text(kind)) if kind is not None else ""

    # ---- expressions ----------------------------------------------------------------------------
    def evaluate(self, node: Any, scope: Scope) -> FlowResult:  # noqa: PLR0911, PLR0912 - a dispatcher
        kind = node.type
        if kind in LITERALS:
            return FlowResult(Flow.CONSTANT)
        if kind == "parenthesized_expression":
            return self.expr(node.named_children[0], scope)
        if kind == "cast_expression":
            value = self.expr(node.child_by_field_name("value"), scope)
            target = _simple_type(self.text(node.child_by_field_name("type")))
            return self.numeric(node, f"({target})", value) if target in NUMERIC_TYPES else value
        if kind == "binary_expression":
            return self._binary(node, scope)
        if kind == "unary_expression":
            op = self.text(node).strip()[:1]
            if op == "!":
                return self.constant(node, "a boolean")
            return self.numeric(node, self.text(node), self.expr(node.child_by_field_name("operand"), scope))
        if kind == "update_expression":
            return self.numeric(node, self.text(node), FlowResult(Flow.UNKNOWN))
        if kind == "ternary_expression":
            condition = node.child_by_field_name("condition")
            then, otherwise = node.child_by_field_name("consequence"), node.child_by_field_name("alternative")
            truth = self.constant_truth(condition, scope)
            if truth is not None:
                return self.expr(then if truth else otherwise, scope)
            return combine([self.expr(then, scope), self.expr(otherwise, scope)])
        if kind == "identifier":
            return self.name(self.text(node), node, scope)
        if kind == "field_access":
            return self._field(node, scope)
        if kind == "array_access":
            container = node.child_by_field_name("array")
            base = self.expr(container, scope)
            if base.flow is Flow.CONSTANT:
                return self.constant(node, f"chosen from the constant array `{self.text(container)}`")
            return base
        if kind == "method_invocation":
            return self.call(node, scope)
        if kind == "object_creation_expression":
            return self._new(node, scope)
        if kind in ("array_creation_expression", "array_initializer"):
            value = node.child_by_field_name("value") if kind == "array_creation_expression" else node
            items = value.named_children if value is not None else []
            return combine(self.expr(i, scope) for i in items) if items else FlowResult(Flow.CONSTANT)
        if kind in ("lambda_expression", "method_reference", "instanceof_expression"):
            return FlowResult(Flow.CONSTANT)
        if kind == "assignment_expression":
            return self.expr(node.child_by_field_name("right"), scope)
        if kind == "switch_expression":
            arms = [
                s.named_children[0]
                for s in walk(node.child_by_field_name("body"))
                if s.type in ("yield_statement", "expression_statement")
                and s.parent is not None
                and s.parent.type in ("switch_rule", "switch_block_statement_group")
                and s.named_children
            ]
            return combine(self.expr(a, scope) for a in arms) if arms else self.unknown(node, "switch without arms")
        if kind == "this":
            return self.unknown(node, "`this` object")
        return self.unknown(node, f"cannot follow a {kind} expression")

    def _binary(self, node: Any, scope: Scope) -> FlowResult:
        op = operator(node)
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op in ("==", "!=", "<", ">", "<=", ">=", "&&", "||"):
            return self.constant(node, "a boolean comparison result")
        parts = [self.expr(left, scope), self.expr(right, scope)]
        if op == "+":  # string building (or addition: a numeric variable is judged where it is declared)
            return self.concatenation(node, self.leading_text(node), parts)
        return self.numeric(node, f"the `{op}` operator", combine(parts))

    def leading_text(self, node: Any) -> str | None:
        node = unparen(node)
        text: str | None = None
        if node.type == "string_literal":
            text = _java_string(self.text(node))
        elif node.type == "binary_expression":
            left = node.child_by_field_name("left")
            head = self.leading_text(left)
            if head is not None and unparen(left).type == "string_literal":
                head += self.leading_text(node.child_by_field_name("right")) or ""
            text = head
        elif node.type == "identifier":
            literal = self.constant_literal(self.text(node), node, Scope(self.root))
            text = self.leading_text(literal) if literal is not None else None
        if text is not None and self.family == "open-redirect":
            text = text.removeprefix("redirect:")  # Spring MVC's redirect view prefix
        return text

    def _field(self, node: Any, scope: Scope) -> FlowResult:
        obj = node.child_by_field_name("object")
        field = self.text(node.child_by_field_name("field"))
        if obj.type == "this" or (obj.type == "identifier" and self.text(obj) in self.classes):
            found = self.file_level(field, node)
            return found if found is not None else self.unknown(node, f"field `{field}` is not visible here")
        if obj.type == "identifier" and self.text(obj)[:1].isupper():
            qualified = self.qualify(self.text(obj)) or ""
            if qualified.startswith(LIBRARY_PACKAGES) and re.fullmatch(r"[A-Z][A-Z0-9_]*", field):
                return self.constant(node, f"`{self.text(node)}` is a constant of the library class `{qualified}`")
        base = self.expr(obj, scope)
        if base.flow is Flow.CONSTANT:
            return self.constant(node, f"`{self.text(node)}` is read from a constant")
        return base

    # ---- calls ----------------------------------------------------------------------------------
    def call(self, node: Any, scope: Scope) -> FlowResult:  # noqa: PLR0911, PLR0912 - a dispatcher
        name = self.text(node.child_by_field_name("name"))
        obj = node.child_by_field_name("object")
        args = call_arguments(node)
        helper = self.resolve_method(node)
        if helper is not None:
            return self.helper_call(node, helper, args, scope)
        entry = self.approved(self._candidates(node, scope))
        if entry is not None:
            inner = self.expr(args[0], scope) if args else (self.expr(obj, scope) if obj is not None else _unknown())
            return self.through_approved(node, entry, inner)
        short = f"{self.text(obj)}.{name}" if obj is not None and obj.type == "identifier" else name
        if short in NUMERIC:
            return self.numeric(node, f"{short}()", self.expr(args[0], scope) if args else _unknown())
        if short in PASS_STATIC:
            result = combine(self.expr(a, scope) for a in args) if args else FlowResult(Flow.CONSTANT)
            return self.reverting(node, f"{short}()", result) if short in REVERTING else result
        if obj is None:
            return self.unknown(node, f"return value of `{name}()` is not tracked")
        if name in STATEMENT_BUILDERS:
            query = self.expr(args[0], scope) if args else FlowResult(Flow.CONSTANT)
            return self.with_note(query, node, f"the statement's SQL is fixed by `{name}()`; values are bound later")
        if name in BOOLEAN_METHODS:
            return self.constant(node, f"`.{name}()` yields a boolean")
        if name in NUMBER_METHODS:
            return self.numeric(node, f".{name}()", self.expr(obj, scope))
        base = self.expr(obj, scope)
        if name in STRING_METHODS:
            result = combine([base, *(self.expr(a, scope) for a in args)])
            return self.reverting(node, f".{name}()", result) if name in REVERTING else result
        if name in LOOKUP_METHODS and base.flow is Flow.CONSTANT:
            defaults = args[1:] if name == "getOrDefault" else (args if name == "orElse" else [])
            result = combine([base, *(self.expr(d, scope) for d in defaults)])
            return self.with_note(result, node, f"looked up in the constant `{self.text(obj)}`")
        if base.flow is Flow.TAINTED:
            return base  # `request.getParameter(...)`, `cookie.getValue()`: read from attacker-controlled data
        return self.unknown(node, f"return value of `{self.dotted(node)}` is not tracked")

    def _new(self, node: Any, scope: Scope) -> FlowResult:
        kind = _simple_type(self.text(node.child_by_field_name("type")))
        args = call_arguments(node)
        entry = self.approved([kind, self.imports.get(kind, kind)])
        if entry is not None:
            return self.through_approved(node, entry, self.expr(args[0], scope) if args else _unknown())
        if kind in PASS_CLASSES:
            return combine(self.expr(a, scope) for a in args) if args else FlowResult(Flow.CONSTANT)
        return self.unknown(node, f"object built by `new {kind}(...)` is not tracked")

    # ---- methods of this file ---------------------------------------------------------------------
    def resolve_method(self, call: Any) -> Any:
        obj = call.child_by_field_name("object")
        if obj is not None and obj.type != "this" and not (obj.type == "identifier" and self.text(obj) in self.classes):
            return None
        name = self.text(call.child_by_field_name("name"))
        count = len(call_arguments(call))
        for node in self.nodes("method_declaration"):
            if self.text(node.child_by_field_name("name")) == name:
                params = self.params(node)
                if len(params) == count or (params and params[-1].variadic and count >= len(params) - 1):
                    return node
        return None

    def function_name(self, function: Any) -> str:
        name = function.child_by_field_name("name")
        return self.text(name) if name is not None else ""

    def parameters(self, function: Any) -> list[Param]:
        params = function.child_by_field_name("parameters")
        if params is None:
            return []
        if params.type == "identifier":
            return [Param(self.text(params), 0, node=params)]
        out: list[Param] = []
        for position, child in enumerate(c for c in params.named_children if c.type not in ("comment", "line_comment")):
            if child.type == "identifier":
                out.append(Param(self.text(child), position, node=child))
                continue
            name = child.child_by_field_name("name")
            if name is None:
                declarator = next((c for c in child.named_children if c.type == "variable_declarator"), None)
                name = declarator.child_by_field_name("name") if declarator is not None else None
            if name is not None:
                out.append(Param(self.text(name), position, variadic=child.type == "spread_parameter", node=child))
        return out

    def returned(self, function: Any, index: int) -> list[Any]:
        body = function.child_by_field_name("body")
        if body is None:
            return []
        if function.type == "lambda_expression" and body.type != "block":
            return [body]
        return [r.named_children[0] for r in self.body(body) if r.type == "return_statement" and r.named_children]

    def _annotations(self, node: Any) -> set[str]:
        modifiers = next((c for c in node.named_children if c.type == "modifiers"), None) if node is not None else None
        names = set()
        for child in modifiers.named_children if modifiers is not None else []:
            if child.type in ("annotation", "marker_annotation"):
                names.add(self.text(child.child_by_field_name("name")).rsplit(".", 1)[-1])
        return names

    def handler_parameter(self, function: Any, name: str) -> FlowResult | None:
        if function.type == "lambda_expression":
            return None
        param = next(p for p in self.params(function) if p.name == name)
        kind = self._param_type(param)
        bound = self._annotations(param.node) & SOURCE_ANNOTATIONS
        fname = self.function_name(function)
        if kind in REQUEST_TYPES:
            return self.tainted(function, f"`{name}` ({kind}): data of the HTTP request")
        spring = bool(self._annotations(function) & MAPPING_ANNOTATIONS)
        if bound or (spring and kind not in FRAMEWORK_TYPES):
            how = f"bound from the request by `@{sorted(bound)[0]}`" if bound else "bound from request parameters"
            source = self.tainted(function, f"`{name}` of handler `{fname}()`, {how}")
            return self.numeric(function, f"{kind} {name}", source) if kind in NUMERIC_TYPES else source
        if kind in FRAMEWORK_TYPES:
            return self.unknown(function, f"`{name}` ({kind}) is supplied by the framework")
        if fname == "main" and kind == "String[]":
            return self.tainted(function, f"`{name}`: the command-line arguments")
        if fname in SERVLET_METHODS:
            return self.unknown(function, f"`{name}` is supplied by the servlet container")
        if kind in NUMERIC_TYPES:
            return self.numeric(function, f"{kind} {name}", FlowResult(Flow.UNKNOWN))
        return None

    def call_sites(self, function: Any) -> list[tuple[Any, list[Any]]]:
        if function.type == "lambda_expression":
            return []
        if function.type == "constructor_declaration":
            owner = self.function_name(function)
            return [
                (n, call_arguments(n))
                for n in self.nodes("object_creation_expression")
                if _simple_type(self.text(n.child_by_field_name("type"))) == owner
            ]
        named = (n.parent for n in self.named(self.function_name(function)) if n.parent is not None)
        return [
            (n, call_arguments(n))
            for n in named
            if n.type == "method_invocation" and (self.resolve_method(n) or n).id == function.id
        ]

    def visible_elsewhere(self, function: Any) -> list[str]:
        fname = self.function_name(function)
        references = [
            f"a method reference at line {n.start_point[0] + 1}"
            for n in self.nodes("method_reference")
            if self.text(n).rsplit("::", 1)[-1].strip() == fname
        ]
        modifiers = next((c for c in function.named_children if c.type == "modifiers"), None)
        if modifiers is not None and "private" in self.text(modifiers).split():
            return references
        return references + self.repo_mentions(fname)

    # ---- definitions ----------------------------------------------------------------------------
    def defined_names(self, node: Any) -> list[str]:
        kind = node.type
        if kind in ("variable_declarator", "enhanced_for_statement", "resource"):
            target = node.child_by_field_name("name")
            return [self.text(target)] if target is not None else []
        if kind == "assignment_expression":
            left = node.child_by_field_name("left")
            if left.type == "field_access" and left.child_by_field_name("object").type == "this":
                return [self.text(left.child_by_field_name("field"))]
            head = self.text(left) if left.type == "identifier" else self._head(left)
            return [head] if head else []
        if kind == "method_invocation" and node.parent is not None and node.parent.type == "expression_statement":
            filled = self._mutated(node)
            return [filled] if filled else []
        return []

    def _head(self, node: Any) -> str | None:
        while node is not None and node.type in ("array_access", "field_access", "method_invocation"):
            node = node.child_by_field_name("array") or node.child_by_field_name("object")
        return self.text(node) if node is not None and node.type == "identifier" else None

    def _mutated(self, call: Any) -> str | None:
        """`sb.append(a).append(b);` / `list.add(x);` / `map.put(k, v);`: the variable being filled."""
        current = call
        while current is not None and current.type == "method_invocation":
            if self.text(current.child_by_field_name("name")) not in MUTATORS:
                return None
            current = current.child_by_field_name("object")
        return self.text(current) if current is not None and current.type == "identifier" else None

    def augments(self, node: Any) -> bool:
        """`x += ...`, `sb.append(...)`, `arr[i] = ...`, `obj.f = ...`: the old value stays part of the new."""
        if node.type == "method_invocation":
            return True
        if node.type == "assignment_expression":
            left = node.child_by_field_name("left")
            into_object = left.type == "array_access" or (
                left.type == "field_access" and left.child_by_field_name("object").type != "this"
            )
            return operator(node) != "=" or into_object
        return False

    def is_declaration(self, node: Any) -> bool:
        return node.type in ("enhanced_for_statement", "resource") or (
            node.type == "variable_declarator"
            and node.parent is not None
            and node.parent.type == "local_variable_declaration"
        )

    def definition_value(self, node: Any, name: str, scope: Scope) -> FlowResult:
        kind = node.type
        if kind == "variable_declarator":
            result = self._declarator(node, name, scope)
        elif kind == "enhanced_for_statement":
            result = self.expr(node.child_by_field_name("value"), scope)
        elif kind == "resource":
            value = node.child_by_field_name("value")
            result = self.expr(value, scope) if value is not None else _unknown()
        elif kind == "assignment_expression":
            result = self.expr(node.child_by_field_name("right"), scope)
        elif kind == "method_invocation":
            args = [a for c in _chain(node) for a in call_arguments(c)]
            result = combine(self.expr(a, scope) for a in args) if args else FlowResult(Flow.CONSTANT)
        else:
            return self.unknown(node, f"cannot follow the definition of `{name}`")
        declared = self.declared_type(name, node, scope)
        if declared in NUMERIC_TYPES and kind != "method_invocation":
            return self.numeric(node, f"{declared} {name}", result)
        return result

    def _declarator(self, node: Any, name: str, scope: Scope) -> FlowResult:
        value = node.child_by_field_name("value")
        if value is not None:
            return self.expr(value, scope)
        holder = node.parent
        if holder is None or holder.type != "field_declaration":
            return FlowResult(Flow.CONSTANT)  # a local without initialiser: assignments supply its value
        injected = self._annotations(holder)
        if "Value" in injected:
            entry = self.approved(["org.springframework.beans.factory.annotation.Value"])
            if entry is not None and self.imports.get("Value", entry.name) == entry.name:
                return self.through_approved(node, entry, _unknown())
        if injected:
            return self.unknown(node, f"field `{name}` is injected by the framework")
        return FlowResult(Flow.CONSTANT)  # null until assigned; the assignments are definitions too

    def definition_node_value(self, definition: Any, name: str) -> Any:
        if definition.type == "variable_declarator":
            return definition.child_by_field_name("value")
        if definition.type == "assignment_expression" and definition.child_by_field_name("left").type == "identifier":
            return definition.child_by_field_name("right")
        return None

    def global_caveat(self, name: str, defs: list[Any]) -> FlowResult | None:
        field = next((d.parent for d in defs if d.type == "variable_declarator" and d.parent is not None), None)
        if field is None or field.type != "field_declaration":
            return None
        modifiers = next((c for c in field.named_children if c.type == "modifiers"), None)
        words = self.text(modifiers).split() if modifiers is not None else []
        if "final" in words or "private" in words:
            return None
        return self.unknown(field, f"field `{name}` is not private or final: other classes may assign it")

    def undeclared(self, name: str, use: Any) -> FlowResult | None:
        return None

    # ---- checks ---------------------------------------------------------------------------------
    def check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:  # noqa: PLR0911
        node = unparen(condition)
        equality = self.equality_kind(node, name, ("==",))
        if equality or node.type != "method_invocation":
            return equality
        method = self.text(node.child_by_field_name("name"))
        obj = node.child_by_field_name("object")
        args = call_arguments(node)
        in_list = method in ("contains", "containsKey") and args and self.refers_to(args[0], name) and obj is not None
        if in_list and self._collection(obj, scope):
            return f"the allow-list `{self.text(obj)}`"
        if method in ("equals", "equalsIgnoreCase") and obj is not None and len(args) == 1:
            for mine, other in ((obj, args[0]), (args[0], obj)):
                if self.refers_to(mine, name) and self.is_literal(other):
                    return f"an equality check against {self.text(other)}"
        pattern, whole = self._regex_check(method, obj, args, name, scope)
        if pattern is not None and strict_pattern(pattern, self.family, whole):
            return "a strict regular-expression allow-list"
        if any(self.refers_to(a, name) for a in args):
            entry = self.approved(self._candidates(node, scope))
            if entry is not None and entry.section == "validators" and self.family in entry.fits:
                return f"the approved validator `{entry.name}` ({entry.clause})"
        helper = self.resolve_method(node)
        return self.helper_check(helper, args, name) if helper is not None else None

    def _regex_check(self, method: str, obj: Any, args: list[Any], name: str, scope: Scope) -> tuple[str | None, bool]:
        """(pattern, whole-match) of `P.matcher(x).matches()`, `x.matches("re")` or `Pattern.matches("re", x)`."""
        if method not in ("matches", "find") or obj is None:
            return None, False
        if obj.type == "method_invocation" and self.text(obj.child_by_field_name("name")) == "matcher":
            inner = call_arguments(obj)
            if inner and self.refers_to(inner[0], name):
                return self._pattern(obj.child_by_field_name("object"), scope), method == "matches"
        literal = args[0] if args and args[0].type == "string_literal" else None
        if method == "matches" and literal is not None and self.refers_to(obj, name) and len(args) == 1:
            return _java_string(self.text(literal)), True
        if method == "matches" and literal is not None and self.text(obj) == "Pattern" and len(args) == 2:
            return (_java_string(self.text(literal)), True) if self.refers_to(args[1], name) else (None, False)
        return None, False

    def negative_check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:
        return self.equality_kind(unparen(condition), name, ("!=",))

    def is_literal(self, node: Any) -> bool:
        return node.type in LITERALS

    def refers_to(self, node: Any, name: str) -> bool:
        node = unparen(node)
        if node.type == "method_invocation" and self.dotted(node) == "String.valueOf()":
            inner = call_arguments(node)
            return bool(inner) and self.refers_to(inner[0], name)
        return node.type == "identifier" and self.text(node) == name

    def _collection(self, node: Any, scope: Scope) -> bool:
        node = unparen(node)
        if node.type == "identifier":
            defs = self.definitions(self.text(node), scope.node, node) or self.global_definitions(self.text(node))
            values = [self.definition_node_value(d, self.text(node)) for d in defs]
            if any(v is not None and v.type in ("string_literal", "text_block", "binary_expression") for v in values):
                return False  # a string: `contains` is a substring test
        return self.constant_keys(node, scope)

    def container_members(self, value: Any) -> list[Any] | None:
        value = unparen(value)
        if value.type == "object_creation_expression":
            if _simple_type(self.text(value.child_by_field_name("type"))) in MUTABLE_COLLECTIONS:
                return call_arguments(value)
            return None
        if value.type in ("array_creation_expression", "array_initializer"):
            items = value.child_by_field_name("value") if value.type == "array_creation_expression" else value
            return list(items.named_children) if items is not None else []
        return None

    def callee_text(self, call: Any) -> str:
        if call is None or call.type != "method_invocation":
            return ""
        obj = call.child_by_field_name("object")
        name = self.text(call.child_by_field_name("name"))
        return f"{self.text(obj)}.{name}" if obj is not None else name

    def _pattern(self, node: Any, scope: Scope) -> str | None:
        """The regular expression of `Pattern.compile("...")`, directly or through a constant."""
        node = unparen(node)
        if node is not None and node.type == "identifier":
            defs = self.definitions(self.text(node), scope.node, node) or self.global_definitions(self.text(node))
            value = self.definition_node_value(defs[0], self.text(node)) if len(defs) == 1 else None
            return self._pattern(value, scope) if value is not None else None
        if node is not None and node.type == "method_invocation" and self.dotted(node).startswith("Pattern.compile"):
            args = call_arguments(node)
            if args and args[0].type == "string_literal" and not (len(args) > 1 and "MULTILINE" in self.text(args[1])):
                return _java_string(self.text(args[0]))
        return None

    def exits(self, statement: Any) -> bool:
        call = statement.named_children[0] if statement.named_children else None
        return (
            call is not None and call.type == "method_invocation" and self.dotted(call).removesuffix("()") in EXIT_CALLS
        )


def _unknown() -> FlowResult:
    return FlowResult(Flow.UNKNOWN)


def _simple_type(text: str) -> str:
    base = re.sub(r"<.*>", "", text).strip()
    return base.rsplit(".", 1)[-1]


def _java_string(text: str) -> str:
    body = text[1:-1] if len(text) >= 2 and text.startswith('"') and text.endswith('"') else text
    return body.replace("\\\\", "\\")


def _chain(call: Any) -> list[Any]:
    chain = []
    current = call
    while current is not None and current.type == "method_invocation":
        chain.append(current)
        current = current.child_by_field_name("object")
    return chain


# ---- the sink ---------------------------------------------------------------------------------------
ANCHORS = frozenset({"method_invocation", "object_creation_expression", "assignment_expression", "return_statement",
                     "variable_declarator"})  # fmt: skip
STATEMENTS = frozenset({"expression_statement", "local_variable_declaration", "block"})


def _anchor(node: Any) -> Any:
    if node.type in STATEMENTS:
        return next((n for n in walk(node) if n.type in ANCHORS), None)
    current = node
    while current is not None and current.type not in ANCHORS:
        if current.type in STATEMENTS or current.type in FUNCTIONS:
            return None
        current = current.parent
    return current


def _elements(node: Any) -> list[Any]:
    """`new String[]{"sh", "-c", x}` / `List.of(...)` / `Arrays.asList(...)`: the elements, else the node."""
    node = unparen(node)
    if node.type == "array_creation_expression":
        value = node.child_by_field_name("value")
        return list(value.named_children) if value is not None else [node]
    if node.type == "array_initializer":
        return list(node.named_children)
    if node.type == "method_invocation" and bytes(node.text or b"").decode().startswith(("List.of", "Arrays.asList")):
        return call_arguments(node)
    return [node]


def _command(flow: JavaFlow, args: list[Any]) -> list[Any]:
    """The program of `exec(...)` / `new ProcessBuilder(...)`; everything when a shell runs the rest."""
    parts = [e for a in args for e in _elements(a)]
    if not parts or parts[0].type != "string_literal":
        return parts or args
    program = _java_string(flow.text(parts[0])).split(" ")[0].rsplit("/", 1)[-1]
    return parts if program in SHELLS else parts[:1]


def sink_expressions(flow: JavaFlow, node: Any, family: str) -> list[Any]:  # noqa: PLR0911
    """The expressions whose origin decides the finding."""
    anchor = _anchor(node)
    if anchor is None:
        return [node]
    if anchor.type in ("assignment_expression", "return_statement", "variable_declarator"):
        value = anchor.child_by_field_name("value") or anchor.child_by_field_name("right")
        value = unparen(value if value is not None else (anchor.named_children[:1] or [node])[0])
        if value.type in ("method_invocation", "object_creation_expression"):
            return sink_expressions(flow, value, family)  # `ResultSet rs = stmt.executeQuery(...)`: the call
        return [value]
    args = call_arguments(anchor)
    if node.id != anchor.id and node.parent is not None and node.parent.type == "argument_list":
        return [node]  # Semgrep focused the tainted argument itself
    receiver = anchor.child_by_field_name("object")
    while not args and receiver is not None and receiver.type in ("method_invocation", "object_creation_expression"):
        anchor, args = receiver, call_arguments(receiver)  # `new ProcessBuilder(...).start()`: the configuring call
        receiver = anchor.child_by_field_name("object")
    name = (
        flow.text(anchor.child_by_field_name("name"))
        if anchor.type == "method_invocation"
        else _simple_type(flow.text(anchor.child_by_field_name("type")))
    )
    if not args:
        receiver = anchor.child_by_field_name("object")
        return [receiver] if receiver is not None else [anchor]
    if family == "command-injection" and name in ("exec", "ProcessBuilder", "command"):
        return _command(flow, args)
    if family == "ldap-injection" and name == "search":
        return args[:2]
    if family == "open-redirect" and name in ("setHeader", "addHeader"):
        return args[1:]
    if family == "path-traversal" and name in ("write", "writeString") and flow.text(anchor).startswith("Files."):
        return args[:1]
    if family in FIRST_ARGUMENT_FAMILIES or (family == "open-redirect" and name == "sendRedirect"):
        return args[:1]
    return args


def analyse(
    source: SourceFile, ctx: TriageContext, family: str, start: tuple[int, int], end: tuple[int, int]
) -> tuple[FlowResult, list[Evidence]]:
    """The flow reaching the sink at start..end, plus reachability facts (dead code)."""
    flow = JavaFlow(source, ctx, family)
    node = sink_node(flow, start, end)
    return analyse_at(flow, node, sink_expressions(flow, node, family))
