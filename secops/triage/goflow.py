"""Go data flow at a finding: net/http, gorilla/mux, gin and echo handlers, and command-line tools.

Sources: an `*http.Request` (`r.URL.Query().Get`, `r.FormValue`, `r.PostFormValue`, `r.Form`, `r.Header.Get`,
`r.Cookie`, `r.URL.Path`, `r.Body`...), `mux.Vars(r)`, a gin `*gin.Context` (`c.Query`, `c.Param`, `c.PostForm`,
`c.GetHeader`, binding), an echo `echo.Context` (`c.QueryParam`, `c.Param`, `c.FormValue`) and `os.Args`.
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

FUNCTIONS = frozenset({"function_declaration", "method_declaration", "func_literal"})
GRAMMAR = Grammar(
    functions=FUNCTIONS,
    nested=FUNCTIONS,
    blocks=frozenset({"block", "statement_list", "source_file"}),
    conditionals=frozenset(
        {
            "if_statement",
            "for_statement",
            "expression_switch_statement",
            "type_switch_statement",
            "select_statement",
            "expression_case",
            "default_case",
            "type_case",
            "communication_case",
        }
    ),
    loops=frozenset({"for_statement"}),
    definitions=frozenset(
        {"short_var_declaration", "assignment_statement", "var_spec", "const_spec", "for_statement", "call_expression"}
    ),
    terminators=frozenset({"return_statement"}),
    jumps=frozenset({"return_statement", "continue_statement", "break_statement", "goto_statement"}),
    false_literals=frozenset({"false", "0", "nil", '""', "``"}),
    accessors=frozenset({"selector_expression", "index_expression"}),
    aliases=frozenset({"expression_list", "keyed_element", "literal_element", "return_statement"}),
)
LITERALS = words(
    """
    interpreted_string_literal raw_string_literal int_literal float_literal imaginary_literal rune_literal true
    false nil iota
    """
)
REQUEST_TYPES = frozenset({"*http.Request", "http.Request", "*gin.Context", "echo.Context", "*fiber.Ctx",
                           "*fasthttp.RequestCtx", "*websocket.Conn"})  # fmt: skip
FRAMEWORK_TYPES = frozenset({"http.ResponseWriter", "context.Context", "*testing.T"})
SOURCE_CALLS = frozenset({"mux.Vars", "chi.URLParam", "chi.URLParamFromCtx", "httprouter.ParamsFromContext",
                          "flag.Arg", "flag.Args"})  # fmt: skip
GLOBAL_SOURCES = frozenset({"os.Args", "os.Stdin"})
NUMERIC_TYPES = words(
    """
    int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr float32 float64 bool byte rune
    time.Duration time.Time uuid.UUID
    """
)
NUMERIC = words(
    """
    strconv.Atoi strconv.ParseInt strconv.ParseUint strconv.ParseFloat strconv.ParseBool strconv.Itoa
    strconv.FormatInt strconv.FormatUint strconv.FormatFloat strconv.FormatBool uuid.Parse uuid.MustParse
    time.Parse math.Abs math.Max math.Min
    """
)
PASS_THROUGH = words(
    """
    fmt.Sprintf fmt.Sprint fmt.Sprintln strings.Join strings.ToLower strings.ToUpper strings.TrimSpace
    strings.Trim strings.TrimLeft strings.TrimRight strings.TrimPrefix strings.TrimSuffix strings.Replace
    strings.ReplaceAll strings.Title strings.Repeat strings.Split strings.SplitN strings.Fields strings.NewReader
    strings.NewReplacer strings.Clone strings.ToTitle filepath.Join filepath.Clean filepath.Abs filepath.FromSlash
    filepath.ToSlash filepath.Dir filepath.Ext path.Join path.Clean path.Dir url.Parse url.ParseRequestURI
    url.PathUnescape url.QueryUnescape url.ParseQuery bytes.NewBufferString bytes.NewReader bytes.NewBuffer
    bytes.TrimSpace bytes.ToLower io.ReadAll ioutil.ReadAll template.HTML template.JS template.URL
    template.HTMLAttr errors.New fmt.Errorf base64.StdEncoding.DecodeString base64.URLEncoding.DecodeString
    hex.DecodeString json.Marshal strings.Map slices.Clone json.NewDecoder xml.NewDecoder bufio.NewReader
    bufio.NewScanner io.LimitReader io.NopCloser gzip.NewReader http.MaxBytesReader html.UnescapeString
    """
)
BUILTIN_PASS = frozenset({"string", "append", "copy", "min", "max", "any"})
BUILTIN_NUMERIC = frozenset(NUMERIC_TYPES - {"time.Duration", "time.Time", "uuid.UUID"} | {"len", "cap"})
BUILTIN_CONSTANT = frozenset({"make", "new"})
STRING_METHODS = words(
    """
    String Get Encode Query Values Path EscapedPath Hostname Port RequestURI Bytes Next Text Scan Err DecodeString
    ReplaceAllString ResolveReference
    """
)
MUTATORS = frozenset({"WriteString", "Write", "WriteByte", "WriteRune", "Set", "Add"})
EXIT_CALLS = words(
    """
    panic log.Fatal log.Fatalf log.Fatalln log.Panic log.Panicf log.Panicln os.Exit runtime.Goexit t.Fatal
    t.Fatalf t.FailNow
    """
)
STDLIB_VARIABLES = frozenset({"os.Args", "os.Stdin", "os.Stdout", "os.Stderr", "http.DefaultClient",
                              "http.DefaultServeMux"})  # fmt: skip
SHELLS = words("""sh bash zsh dash ksh cmd cmd.exe powershell powershell.exe pwsh""")
FIRST_ARGUMENT_FAMILIES = words(
    """
    sql-injection nosql-injection code-injection ssrf deserialization xpath-injection ssti xxe
    """
)
# The argument that carries the danger, where it is not the first one.
ARGUMENT_AT = {
    "NewRequest": 1, "NewRequestWithContext": 2, "Redirect": -1, "ServeFile": 2, "Dial": 1, "DialTimeout": 1,
    "PostForm": 0, "WriteString": -1, "HTML": -1, "Data": -1, "Blob": -1,
}  # fmt: skip
PURE_CALLS = words(
    """
    len cap fmt.Sprint fmt.Sprintf fmt.Println fmt.Printf fmt.Fprintf fmt.Fprint fmt.Fprintln log.Printf
    log.Println log.Print slices.Contains slices.Index maps.Keys strings.Join json.Marshal
    """
)
REVERTING = words(
    """
    strings.Replace strings.ReplaceAll url.QueryUnescape url.PathUnescape html.UnescapeString
    base64.StdEncoding.DecodeString base64.URLEncoding.DecodeString hex.DecodeString
    """
)
WRITER_FIRST = frozenset({"Fprintf", "Fprint", "Fprintln", "Execute", "ExecuteTemplate"})


class GoFlow(FlowAnalyser):
    """Evaluates Go expressions of one file."""

    language = "go"
    grammar = GRAMMAR
    suffixes = (".go",)
    pure_calls = PURE_CALLS

    def __init__(
        self, source: SourceFile, ctx: TriageContext, family: str, depth: int = 0, state: AnalysisState | None = None
    ) -> None:
        super().__init__(source, ctx, family, depth, state)
        self.packages: dict[str, str] = self.cached("packages", self._imports)

    # ---- names of things ------------------------------------------------------------------------
    def _imports(self) -> dict[str, str]:
        """Package name used in this file -> import path."""
        mapping: dict[str, str] = {}
        for spec in self.nodes("import_spec"):
            path = self.text(spec.child_by_field_name("path")).strip('"`')
            alias = spec.child_by_field_name("name")
            name = self.text(alias) if alias is not None else re.sub(r"/v\d+$", "", path).rsplit("/", 1)[-1]
            if name not in ("_", "."):
                mapping[name] = path
        return mapping

    def dotted(self, node: Any) -> str:
        node = unparen(node)
        if node.type in ("identifier", "package_identifier", "field_identifier"):
            return self.text(node)
        if node.type == "selector_expression":
            return f"{self.dotted(node.child_by_field_name('operand'))}.{self.text(node.child_by_field_name('field'))}"
        if node.type == "call_expression":
            return self.dotted(node.child_by_field_name("function")) + "()"
        if node.type == "index_expression":
            return self.dotted(node.child_by_field_name("operand")) + "[]"
        return "?"

    def _package(self, node: Any) -> str | None:
        """The import path when `node` names an imported package (and no variable shadows it)."""
        node = unparen(node)
        if node.type != "identifier" or self.text(node) not in self.packages:
            return None
        function = self.enclosing_function(node)
        if function is not None and self.declares(function, self.text(node)):
            return None
        return self.packages[self.text(node)]

    def imported(self, entry: ApprovedEntry) -> bool:
        head = entry.name.split(".")[0]
        path = self.packages.get(head)
        if path is None:
            return False
        return path == entry.module if entry.module else path == head or path.endswith("/" + head)

    # ---- expressions ----------------------------------------------------------------------------
    def evaluate(self, node: Any, scope: Scope) -> FlowResult:  # noqa: PLR0911, PLR0912 - a dispatcher
        kind = node.type
        if kind in LITERALS:
            return FlowResult(Flow.CONSTANT)
        if kind in ("parenthesized_expression", "literal_element", "type_assertion_expression", "slice_expression",
                    "variadic_argument"):  # fmt: skip
            inner = node.child_by_field_name("operand") or (node.named_children[0] if node.named_children else None)
            return self.expr(inner, scope) if inner is not None else FlowResult(Flow.CONSTANT)
        if kind == "expression_list":
            return self.expr(node.named_children[0], scope) if node.named_children else FlowResult(Flow.CONSTANT)
        if kind == "binary_expression":
            return self._binary(node, scope)
        if kind == "unary_expression":
            op = operator(node)
            inner = self.expr(node.child_by_field_name("operand"), scope)
            if op == "!":
                return self.constant(node, "a boolean")
            if op in ("&", "*"):
                return inner
            return self.numeric(node, f"unary `{op}`", inner) if op != "<-" else self.unknown(node, "a channel receive")
        if kind == "identifier":
            return self.name(self.text(node), node, scope)
        if kind == "selector_expression":
            return self._selector(node, scope)
        if kind == "index_expression":
            container = node.child_by_field_name("operand")
            base = self.expr(container, scope)
            if base.flow is Flow.CONSTANT:
                return self.constant(node, f"chosen from the constant `{self.text(container)}`")
            return base
        if kind == "call_expression":
            return self.call(node, scope)
        if kind == "type_conversion_expression":
            target = self.text(node.child_by_field_name("type"))
            value = self.expr(node.child_by_field_name("operand"), scope)
            return self.numeric(node, f"{target}(...)", value) if target in NUMERIC_TYPES else value
        if kind == "composite_literal":
            return self._composite(node, scope)
        if kind == "func_literal":
            return self.constant(node, "a function literal")
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

    def _composite(self, node: Any, scope: Scope) -> FlowResult:
        body = node.child_by_field_name("body")
        values = []
        for element in walk(body) if body is not None else []:
            if element.type == "keyed_element":
                parts = [c for c in element.named_children if c.type in ("literal_element", "literal_value")]
                values.extend(parts[-1:])
                values.extend(parts[:1])  # keys too: a map built from input is input
            elif (
                element.type == "literal_element"
                and element.parent is not None
                and element.parent.type == "literal_value"
            ):
                values.append(element)
        items = [v for v in values if v.named_children and v.named_children[0].type != "literal_value"]
        return combine(self.expr(v, scope) for v in items) if items else FlowResult(Flow.CONSTANT)

    def leading_text(self, node: Any) -> str | None:
        node = unparen(node)
        if node.type in ("interpreted_string_literal", "raw_string_literal"):
            return self.text(node)[1:-1]
        if node.type == "binary_expression" and operator(node) == "+":
            left = node.child_by_field_name("left")
            head = self.leading_text(left)
            if head is not None and _stringish(left):
                return head + (self.leading_text(node.child_by_field_name("right")) or "")
            return head
        if node.type == "identifier":
            literal = self.constant_literal(self.text(node), node, Scope(self.root))
            return self.leading_text(literal) if literal is not None else None
        if node.type == "call_expression" and self.dotted(node.child_by_field_name("function")) == "fmt.Sprintf":
            args = call_arguments(node)
            text = self.leading_text(args[0]) if args else None
            return text.split("%", 1)[0] if text is not None else None
        return None

    def _selector(self, node: Any, scope: Scope) -> FlowResult:
        operand = node.child_by_field_name("operand")
        field = self.text(node.child_by_field_name("field"))
        package = self._package(operand)
        dotted = f"{self.text(operand)}.{field}"
        if package is not None:
            if dotted in GLOBAL_SOURCES:
                return self.tainted(node, f"`{dotted}`")
            if "." not in package.split("/")[0] and dotted not in STDLIB_VARIABLES:
                return self.constant(node, f"`{dotted}` is a constant of the standard library")
            return self.unknown(node, f"`{dotted}` comes from package `{package}`")
        base = self.expr(operand, scope)
        if base.flow is Flow.CONSTANT:
            return self.constant(node, f"`{dotted}` is read from a constant")
        return base

    # ---- calls ----------------------------------------------------------------------------------
    def call(self, node: Any, scope: Scope, index: int = 0) -> FlowResult:  # noqa: PLR0911, PLR0912
        function = unparen(node.child_by_field_name("function"))
        args = call_arguments(node)
        dotted = self.dotted(function)
        helper = self.resolve_function(function)
        if helper is not None:
            return self.helper_call(node, helper, args, scope, index)
        if function.type == "identifier":
            name = self.text(function)
            if name in BUILTIN_NUMERIC:
                return self.numeric(node, f"{name}()", self._all(args, scope))
            if name in BUILTIN_PASS:
                return self._all(args, scope)
            if name in BUILTIN_CONSTANT:
                return FlowResult(Flow.CONSTANT)
            return self.unknown(node, f"return value of `{name}()` is not tracked")
        if function.type != "selector_expression":
            return self.unknown(node, f"return value of `{dotted}()` is not tracked")
        operand = function.child_by_field_name("operand")
        method = self.text(function.child_by_field_name("field"))
        if self._package(operand) is not None or self._package(self._head(operand)) is not None:
            return self._package_call(node, dotted, args, scope)
        entry = self._method_entry(operand, method, scope)
        if entry is not None:
            return self.through_approved(node, entry, self.expr(args[0], scope) if args else FlowResult(Flow.UNKNOWN))
        base = self.expr(operand, scope)
        if method in STRING_METHODS:
            return combine([base, *(self.expr(a, scope) for a in args)])
        if base.flow is Flow.TAINTED:
            return base  # `r.FormValue(...)`, `c.Query(...)`: read from attacker-controlled data
        if method in ("MatchString", "Match", "HasPrefix", "HasSuffix", "Contains", "Equal", "IsAbs"):
            return self.constant(node, f"`.{method}()` yields a boolean")
        return self.unknown(node, f"return value of `{dotted}()` is not tracked")

    def _head(self, node: Any) -> Any:
        while node is not None and node.type in ("selector_expression", "call_expression"):
            node = node.child_by_field_name("operand") or node.child_by_field_name("function")
        return node

    def _package_call(self, node: Any, dotted: str, args: list[Any], scope: Scope) -> FlowResult:
        entry = self.approved([dotted])
        if entry is not None:
            return self.through_approved(node, entry, self.expr(args[0], scope) if args else FlowResult(Flow.UNKNOWN))
        if dotted in SOURCE_CALLS:
            return self.tainted(node, f"from `{dotted}()`")
        if dotted in NUMERIC:
            return self.numeric(node, f"{dotted}()", self.expr(args[0], scope) if args else FlowResult(Flow.UNKNOWN))
        if dotted in ("http.NewRequest", "http.NewRequestWithContext"):
            at = ARGUMENT_AT[dotted.rsplit(".", 1)[-1]]
            return self.expr(args[at], scope) if len(args) > at else FlowResult(Flow.UNKNOWN)
        if dotted in PASS_THROUGH:
            result = self._all(args, scope)
            return self.reverting(node, f"{dotted}()", result) if dotted in REVERTING else result
        if dotted in ("regexp.MustCompile", "regexp.Compile", "regexp.QuoteMeta", "strings.EqualFold"):
            return self._all(args, scope)
        return self.unknown(node, f"return value of `{dotted}()` is not tracked")

    def _method_entry(self, operand: Any, method: str, scope: Scope) -> ApprovedEntry | None:
        """`p.Sanitize(x)` where `p` was made by `bluemonday.UGCPolicy()`: an approved `pkg.Type.Method`."""
        operand = unparen(operand)
        if operand.type != "identifier":
            return None
        name = self.text(operand)
        defs = self.definitions(name, scope.node, operand) or self.global_definitions(name)
        value = self.definition_node_value(defs[0], name) if len(defs) == 1 else None
        if value is None or value.type != "call_expression":
            return None
        maker = unparen(value.child_by_field_name("function"))
        package = maker.child_by_field_name("operand") if maker.type == "selector_expression" else None
        if package is None or self._package(package) is None:
            return None
        prefix = self.text(package) + "."
        for entry in self.ctx.approved:
            parts = entry.name.split(".")
            if entry.covers(self.language) and len(parts) == 3 and entry.name.startswith(prefix) and parts[2] == method:
                return entry if self.imported(entry) else None
        return None

    def _all(self, args: list[Any], scope: Scope) -> FlowResult:
        return combine(self.expr(a, scope) for a in args) if args else FlowResult(Flow.CONSTANT)

    # ---- functions of this file -----------------------------------------------------------------
    def resolve_function(self, callee: Any) -> Any:
        callee = unparen(callee)
        if callee.type == "identifier":
            name = self.text(callee)
            return next(
                (
                    n
                    for n in self.root.named_children
                    if n.type == "function_declaration" and self.text(n.child_by_field_name("name")) == name
                ),
                None,
            )
        if callee.type == "selector_expression" and self._package(callee.child_by_field_name("operand")) is None:
            name = self.text(callee.child_by_field_name("field"))
            methods = [
                n
                for n in self.root.named_children
                if n.type == "method_declaration" and self.text(n.child_by_field_name("name")) == name
            ]
            return methods[0] if len(methods) == 1 else None
        return None

    def function_name(self, function: Any) -> str:
        name = function.child_by_field_name("name")
        return self.text(name) if name is not None else ""

    def parameters(self, function: Any) -> list[Param]:
        params = function.child_by_field_name("parameters")
        out: list[Param] = []
        position = 0
        for declaration in params.named_children if params is not None else []:
            if declaration.type not in ("parameter_declaration", "variadic_parameter_declaration"):
                continue
            names = declaration.children_by_field_name("name")
            variadic = declaration.type == "variadic_parameter_declaration"
            for name in names or [None]:
                if name is not None:
                    out.append(Param(self.text(name), position, variadic=variadic, node=declaration))
                position += 1
        return out

    def _param_type(self, param: Param) -> str:
        kind = param.node.child_by_field_name("type") if param.node is not None else None
        return self.text(kind) if kind is not None else ""

    def returned(self, function: Any, index: int) -> list[Any]:
        body = function.child_by_field_name("body")
        values = []
        named = function.child_by_field_name("result")
        named_results = named is not None and any(
            c.child_by_field_name("name") is not None for c in named.named_children if c.type == "parameter_declaration"
        )
        for statement in self.body(body) if body is not None else []:
            if statement.type == "return_statement" and not statement.named_children and named_results:
                values.append(statement)  # a bare return of named results: not followed (UNKNOWN)
            elif statement.type == "return_statement" and statement.named_children:
                results = statement.named_children[0]
                items = results.named_children if results.type == "expression_list" else [results]
                if len(items) > index:
                    values.append(items[index])
                elif len(items) == 1 and items[0].type == "call_expression":
                    values.append(items[0])  # `return helper()`: its own results pass through
        return values

    def handler_parameter(self, function: Any, name: str) -> FlowResult | None:
        param = next(p for p in self.params(function) if p.name == name)
        kind = self._param_type(param)
        if kind in REQUEST_TYPES:
            return self.tainted(function, f"`{name}` ({kind}): the HTTP request")
        if kind in FRAMEWORK_TYPES:
            return self.unknown(function, f"`{name}` ({kind}) is supplied by the framework")
        if kind in NUMERIC_TYPES:
            return self.numeric(function, f"{name} {kind}", FlowResult(Flow.UNKNOWN))
        return None

    def call_sites(self, function: Any) -> list[tuple[Any, list[Any]]]:
        if function.type == "func_literal":
            return []
        callees = (n.parent for n in self.named(self.function_name(function)) if n.parent is not None)
        calls = (c if c.type == "call_expression" else c.parent for c in callees)
        return [
            (n, call_arguments(n))
            for n in dict.fromkeys(c for c in calls if c is not None and c.type == "call_expression")
            if (self.resolve_function(n.child_by_field_name("function")) or n).id == function.id
        ]

    def visible_elsewhere(self, function: Any) -> list[str]:
        name = self.function_name(function)
        if not name:
            return []
        references = [
            f"a reference at line {n.start_point[0] + 1}"
            for n in self.named(name)
            if n.type in ("identifier", "field_identifier")
            and n.parent is not None
            and n.parent.id != function.id
            and not (n.parent.type == "call_expression" and n.parent.child_by_field_name("function").id == n.id)
            and not (
                n.parent.type == "selector_expression"
                and n.parent.parent is not None
                and n.parent.parent.type == "call_expression"
                and n.parent.parent.child_by_field_name("function").id == n.parent.id
            )
        ]
        exported = name[:1].isupper() or function.type == "method_declaration"
        return references + self.repo_mentions(name, same_dir=not exported)

    # ---- definitions ----------------------------------------------------------------------------
    def _targets(self, node: Any) -> list[str]:
        """Names a declaration, assignment or range clause gives values to, in order."""
        if node.type in ("short_var_declaration", "assignment_statement"):
            left = node.child_by_field_name("left")
            return [self.text(c) if c.type == "identifier" else "" for c in left.named_children] if left else []
        if node.type in ("var_spec", "const_spec"):
            return [self.text(n) for n in node.children_by_field_name("name")]
        if node.type == "for_statement":
            clause = next((c for c in node.named_children if c.type == "range_clause"), None)
            left = clause.child_by_field_name("left") if clause is not None else None
            return [self.text(c) for c in left.named_children] if left is not None else []
        return []

    def defined_names(self, node: Any) -> list[str]:
        if node.type in ("short_var_declaration", "assignment_statement", "var_spec", "const_spec", "for_statement"):
            names = [t for t in self._targets(node) if t]
            left = node.child_by_field_name("left") if node.type == "assignment_statement" else None
            if left is not None:  # `cfg.URL = x`, `parts[i] = x`: fills the variable
                names += [self._root_name(c) for c in left.named_children if c.type != "identifier"]
            return [n for n in names if n]
        if node.type == "call_expression":
            # `json.NewDecoder(r.Body).Decode(&req)`, `c.ShouldBind(&form)` fill what they are given the address of.
            names = [self._address_of(a) for a in call_arguments(node) if self._address_of(a)]
            function = node.child_by_field_name("function")
            statement = node.parent is not None and node.parent.type == "expression_statement"
            if statement and function.type == "selector_expression":  # `sb.WriteString(x)`, `q.Set(k, v)`
                operand = function.child_by_field_name("operand")
                if self.text(function.child_by_field_name("field")) in MUTATORS and operand.type == "identifier":
                    names.append(self.text(operand))
            return names
        return []

    def _root_name(self, node: Any) -> str:
        while node.type in ("selector_expression", "index_expression"):
            node = node.child_by_field_name("operand")
        return self.text(node) if node.type == "identifier" else ""

    def _address_of(self, node: Any) -> str:
        node = unparen(node)
        if node.type == "unary_expression" and operator(node) == "&":
            operand = node.child_by_field_name("operand")
            return self.text(operand) if operand is not None and operand.type == "identifier" else ""
        return ""

    def augments(self, node: Any) -> bool:
        if node.type == "call_expression":
            return True
        if node.type == "assignment_statement":
            return operator(node) != "=" or any(
                c.type != "identifier" for c in node.child_by_field_name("left").named_children
            )
        return False

    def is_declaration(self, node: Any) -> bool:
        return node.type in ("short_var_declaration", "var_spec", "const_spec", "for_statement")

    def definition_value(self, node: Any, name: str, scope: Scope) -> FlowResult:  # noqa: PLR0911
        if node.type == "call_expression":
            function = node.child_by_field_name("function")
            others = [a for a in call_arguments(node) if self._address_of(a) != name]
            receiver = function.child_by_field_name("operand") if function.type == "selector_expression" else None
            parts = [self.expr(a, scope) for a in others]
            if receiver is not None and self._package(receiver) is None:
                parts.append(self.expr(receiver, scope))
            return combine(parts) if parts else self.unknown(node, f"`{name}` is filled by `{self.dotted(function)}`")
        if node.type == "for_statement":
            clause = next(c for c in node.named_children if c.type == "range_clause")
            return self.expr(clause.child_by_field_name("right"), scope)
        targets = self._targets(node)
        values = node.child_by_field_name("right") or node.child_by_field_name("value")
        items = values.named_children if values is not None else []
        declared = self.text(node.child_by_field_name("type")) if node.child_by_field_name("type") else ""
        if name not in targets:  # `m[k] = v`, `cfg.URL = v`: the value, and the key, become part of `name`
            left = node.child_by_field_name("left")
            keys = [n.child_by_field_name("index") for n in walk(left) if n.type == "index_expression"] if left else []
            parts = [self.expr(v, scope) for v in items] + [self.expr(k, scope) for k in keys if k is not None]
            result = combine(parts) if parts else FlowResult(Flow.UNKNOWN)
        elif not items:
            result = FlowResult(Flow.CONSTANT)  # `var s string`: the zero value
        elif len(items) == len(targets):
            result = self.expr(items[targets.index(name)], scope)
        else:
            result = self._multi_value(items[0], targets.index(name), scope)
        return self.numeric(node, f"{declared} {name}", result) if declared in NUMERIC_TYPES else result

    def _multi_value(self, value: Any, index: int, scope: Scope) -> FlowResult:
        """`v, err := f()` / `v, ok := m[k]`: the `index`-th result."""
        value = unparen(value)
        if value.type == "call_expression":
            return self.call(value, scope, index)
        if value.type in ("index_expression", "type_assertion_expression") and index == 1:
            return self.constant(value, "the `ok` of a comma-ok expression")
        return self.expr(value, scope)

    def definition_node_value(self, definition: Any, name: str) -> Any:
        values = definition.child_by_field_name("right") or definition.child_by_field_name("value")
        targets = self._targets(definition)
        if values is None or name not in targets:
            return None
        items = values.named_children
        if len(items) == len(targets):
            return items[targets.index(name)]
        return items[0] if len(items) == 1 else None  # `v, ok := m[k]`: the whole comma-ok expression

    def container_members(self, value: Any) -> list[Any] | None:
        value = unparen(value)
        if value.type != "composite_literal":
            return None
        kind = value.child_by_field_name("type")
        if kind is None or kind.type not in ("map_type", "slice_type"):
            return None  # arrays and structs are copied when assigned
        body = value.child_by_field_name("body")
        members = []
        for element in body.named_children if body is not None else []:
            item = element.named_children[-1] if element.type == "keyed_element" else element
            members.append(item.named_children[0] if item.type == "literal_element" and item.named_children else item)
        return members

    def aliased(self, holder: Any, node: Any) -> bool:
        if holder.type != "expression_list":
            return True
        owner = holder.parent
        if owner is not None and owner.type in ("short_var_declaration", "assignment_statement", "var_spec"):
            value = owner.child_by_field_name("right") or owner.child_by_field_name("value")
            return value is not None and value.id == holder.id
        return True

    def global_caveat(self, name: str, defs: list[Any]) -> FlowResult | None:
        if all(d.type == "const_spec" for d in defs):
            return None
        others = self.repo_mentions(name, same_dir=True, called=False)
        if others:
            return self.unknown(defs[0], f"package variable `{name}` may also be assigned in {', '.join(others[:3])}")
        return None

    # ---- checks ---------------------------------------------------------------------------------
    def check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:  # noqa: PLR0911
        node = unparen(condition)
        equality = self.equality_kind(node, name, ("==",))
        if equality:
            return equality
        if node.type == "index_expression":  # `allowed[x]` or the comma-ok `_, ok := allowed[x]`
            container = node.child_by_field_name("operand")
            if self.refers_to(node.child_by_field_name("index"), name) and self.constant_keys(container, scope):
                return f"the allow-list `{self.text(container)}`"
            return None
        if node.type != "call_expression":
            return None
        function = unparen(node.child_by_field_name("function"))
        args = call_arguments(node)
        dotted = self.dotted(function)
        in_list = dotted == "slices.Contains" and len(args) == 2 and self.refers_to(args[1], name)
        if in_list and self.constant_keys(args[0], scope):
            return f"the allow-list `{self.text(args[0])}`"
        if function.type == "selector_expression" and self.text(function.child_by_field_name("field")) == "MatchString":
            operand = function.child_by_field_name("operand")
            if dotted == "regexp.MatchString" and len(args) == 2 and self.refers_to(args[1], name):
                pattern = self._literal(args[0])
            else:
                pattern = self._compiled(operand, scope) if args and self.refers_to(args[0], name) else None
            if pattern is not None and strict_pattern(pattern, self.family, False):
                return "a strict regular-expression allow-list"
        if any(self.refers_to(a, name) for a in args):
            entry = self.approved([dotted])
            if entry is not None and entry.section == "validators" and self.family in entry.fits:
                return f"the approved validator `{entry.name}` ({entry.clause})"
        helper = self.resolve_function(function)
        return self.helper_check(helper, args, name) if helper is not None else None

    def negative_check_kind(self, condition: Any, name: str, scope: Scope) -> str | None:
        return self.equality_kind(unparen(condition), name, ("!=",))

    def is_literal(self, node: Any) -> bool:
        return node.type in LITERALS

    def _literal(self, node: Any) -> str | None:
        node = unparen(node)
        if node.type == "raw_string_literal":
            return self.text(node)[1:-1]
        if node.type == "interpreted_string_literal":
            return self.text(node)[1:-1].replace("\\\\", "\\")
        return None

    def _compiled(self, node: Any, scope: Scope) -> str | None:
        """The pattern of a `regexp.MustCompile("...")` value, directly or through a variable."""
        node = unparen(node)
        if node.type == "identifier":
            name = self.text(node)
            defs = self.definitions(name, scope.node, node) or self.global_definitions(name)
            value = self.definition_node_value(defs[0], name) if len(defs) == 1 else None
            return self._compiled(value, scope) if value is not None else None
        if node.type == "call_expression" and self.dotted(node.child_by_field_name("function")) in (
            "regexp.MustCompile",
            "regexp.Compile",
        ):
            args = call_arguments(node)
            return self._literal(args[0]) if args else None
        return None

    def exits(self, statement: Any) -> bool:
        call = statement.named_children[0] if statement.named_children else None
        return (
            call is not None
            and call.type == "call_expression"
            and self.dotted(call.child_by_field_name("function")) in EXIT_CALLS
        )

    def dead_code(self, node: Any, scope: Scope) -> bool:
        if super().dead_code(node, scope):
            return True
        # `if cond { return }` / `panic()` also end a Go block for what follows.
        child, current = node, node.parent
        while current is not None and current.id != scope.node.id:
            if current.type == "statement_list":
                before = [s for s in current.named_children if s.end_byte <= child.start_byte]
                if any(s.type == "expression_statement" and self.exits(s) for s in before):
                    return True
            child, current = current, current.parent
        return False


def _stringish(node: Any) -> bool:
    return unparen(node).type in ("interpreted_string_literal", "raw_string_literal")


# ---- the sink ---------------------------------------------------------------------------------------
ANCHORS = frozenset({"call_expression", "assignment_statement", "short_var_declaration", "return_statement"})
STATEMENTS = frozenset({"expression_statement", "block", "statement_list"})


def _anchor(node: Any) -> Any:
    if node.type in STATEMENTS:
        return next((n for n in walk(node) if n.type in ANCHORS), None)
    current = node
    while current is not None and current.type not in ANCHORS:
        if current.type in STATEMENTS or current.type in FUNCTIONS:
            return None
        current = current.parent
    return current


def _receiver_call(call: Any) -> Any:
    function = unparen(call.child_by_field_name("function"))
    operand = unparen(function.child_by_field_name("operand")) if function.type == "selector_expression" else None
    return operand if operand is not None and operand.type == "call_expression" else None


def _context_like(flow: GoFlow, node: Any) -> bool:
    text = flow.text(node)
    return text in ("ctx", "context.Background()", "context.TODO()") or text.endswith((".Context()", "Ctx"))


def sink_expressions(flow: GoFlow, node: Any, family: str) -> list[Any]:  # noqa: PLR0911
    """The expressions whose origin decides the finding."""
    anchor = _anchor(node)
    if anchor is None:
        return [node]
    if anchor.type in ("assignment_statement", "short_var_declaration", "return_statement"):
        right = anchor.child_by_field_name("right") or (anchor.named_children[0] if anchor.named_children else None)
        values = right.named_children if right is not None and right.type == "expression_list" else [right]
        value = unparen(values[0]) if values and values[0] is not None else node
        if value.type == "call_expression":
            return sink_expressions(flow, value, family)  # `out, err := exec.Command(...).Output()`: the call
        return [value]
    args = call_arguments(anchor)
    if node.id != anchor.id and node.parent is not None and node.parent.type == "argument_list":
        return [node]  # Semgrep focused the tainted argument itself
    while not args and _receiver_call(anchor) is not None:  # `exec.Command(...).Run()`: the call that configures
        anchor = _receiver_call(anchor)
        args = call_arguments(anchor)
    function = anchor.child_by_field_name("function")
    method = (
        flow.text(function.child_by_field_name("field"))
        if function.type == "selector_expression"
        else flow.text(function)
    )
    if not args:
        receiver = function.child_by_field_name("operand") if function.type == "selector_expression" else None
        return [receiver] if receiver is not None else [anchor]
    while args and (_context_like(flow, args[0]) or flow._address_of(args[0])):
        args = args[1:]  # `QueryContext(ctx, ...)`, `db.Select(&rows, ...)`
    if not args:
        return call_arguments(anchor)
    if family == "command-injection" and method in ("Command", "CommandContext"):
        program = flow._literal(args[0])
        return args if program is None or program.rsplit("/", 1)[-1] in SHELLS else args[:1]
    if method in WRITER_FIRST:
        return args[1:] or args
    if method in ARGUMENT_AT:
        at = 2 if method == "Redirect" and len(call_arguments(anchor)) == 4 else ARGUMENT_AT[method]  # net/http's
        at = at if at >= 0 else len(call_arguments(anchor)) + at
        full = call_arguments(anchor)
        if 0 <= at < len(full):
            return [full[at]]
    if family in FIRST_ARGUMENT_FAMILIES or family == "open-redirect":
        return args[:1]
    if family == "path-traversal" and method in ("WriteFile", "Write"):
        return args[:1]
    return args


def analyse(
    source: SourceFile, ctx: TriageContext, family: str, start: tuple[int, int], end: tuple[int, int]
) -> tuple[FlowResult, list[Evidence]]:
    """The flow reaching the sink at start..end, plus reachability facts (dead code)."""
    flow = GoFlow(source, ctx, family)
    node = sink_node(flow, start, end)
    return analyse_at(flow, node, sink_expressions(flow, node, family))
