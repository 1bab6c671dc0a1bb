"""Go data-flow evidence: each case is a program and the flow expected at its `// sink` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from secops.knowledge.catalog import ApprovedEntry
from secops.models import Confidence, Finding, Location, Severity, Verdict
from secops.triage import goflow
from secops.triage.flowcore import FlowResult
from secops.triage.interface import Flow, TriageContext
from secops.triage.memory import Memory
from secops.triage.run import triage_findings
from secops.triage.source import SourceCache

INJECTION = ("sql-injection", "command-injection", "xss", "path-traversal")
APPROVED = (
    ApprovedEntry("sanitizers", "html.EscapeString", "go", "SEC-XSS-1", ("xss",)),
    ApprovedEntry("sanitizers", "url.QueryEscape", "go", "SEC-SSRF-1", ("ssrf", "log-injection"), module="net/url"),
    ApprovedEntry(
        "sanitizers",
        "bluemonday.Policy.Sanitize",
        "go",
        "SEC-XSS-8",
        ("xss",),
        module="github.com/microcosm-cc/bluemonday",
    ),  # fmt: skip
    ApprovedEntry("validators", "filepath.Base", "go", "SEC-INPUT-1", ("path-traversal",), module="path/filepath"),
    ApprovedEntry("validators", "strconv.Atoi", "go", "SEC-INPUT-9", INJECTION),
    ApprovedEntry("trusted_sources", "os.Getenv", "go", "SEC-INPUT-4"),
)
SINKS = ("db.Query(", "exec.Command(", "http.Redirect(", "fmt.Fprintf(", "os.ReadFile(", "http.Get(", "c.Redirect(",
         "db.QueryContext(", "w.Write(", "c.String(")  # fmt: skip
HEADER = """package main

import (
\t"database/sql"
\t"encoding/json"
\t"fmt"
\t"html"
\t"log"
\t"net/http"
\t"net/url"
\t"os"
\t"os/exec"
\t"path/filepath"
\t"regexp"
\t"strconv"
\t"strings"

\t"github.com/gin-gonic/gin"
\t"github.com/gorilla/mux"
\t"github.com/microcosm-cc/bluemonday"
)

var db *sql.DB
"""

CASES: dict[str, tuple[str, str, Flow]] = {
    "direct-source": (
        "command-injection",
        """
func ping(w http.ResponseWriter, r *http.Request) {
\texec.Command("sh", "-c", "ping -c 1 "+r.URL.Query().Get("host")).Run() // sink
}
""",
        Flow.TAINTED,
    ),
    "form-value-through-sprintf": (
        "sql-injection",
        """
func lookup(w http.ResponseWriter, r *http.Request) {
\tname := r.FormValue("name")
\tq := fmt.Sprintf("SELECT * FROM u WHERE n = '%s'", name)
\tdb.Query(q) // sink
}
""",
        Flow.TAINTED,
    ),
    "mux-vars": (
        "path-traversal",
        """
func get(w http.ResponseWriter, r *http.Request) {
\tname := mux.Vars(r)["name"]
\tos.ReadFile(filepath.Join("/srv", name)) // sink
}
""",
        Flow.TAINTED,
    ),
    "gin-query": (
        "open-redirect",
        """
func next(c *gin.Context) {
\tc.Redirect(http.StatusFound, c.Query("next")) // sink
}
""",
        Flow.TAINTED,
    ),
    "decoded-body": (
        "sql-injection",
        """
type req struct{ Name string }
func lookup(w http.ResponseWriter, r *http.Request) {
\tvar body req
\tjson.NewDecoder(r.Body).Decode(&body)
\tdb.Query("SELECT * FROM u WHERE n = '" + body.Name + "'") // sink
}
""",
        Flow.TAINTED,
    ),
    "constant": (
        "command-injection",
        """
func ping(w http.ResponseWriter, r *http.Request) {
\thost := "localhost"
\texec.Command("sh", "-c", "ping -c 1 "+host).Run() // sink
}
""",
        Flow.CONSTANT,
    ),
    "map-literal-lookup": (
        "sql-injection",
        """
var userByKey = map[string]string{"a": "alice", "b": "bob"}
func lookup(w http.ResponseWriter, r *http.Request) {
\tuser, ok := userByKey[r.FormValue("k")]
\tif !ok {
\t\tuser = "alice"
\t}
\tdb.Query("SELECT * FROM u WHERE n = '" + user + "'") // sink
}
""",
        Flow.CONSTANT,
    ),
    "helper-returns-constant": (
        "ssrf",
        """
func healthURL() string {
\treturn "https://status.example.com/health"
}
func check(w http.ResponseWriter, r *http.Request) {
\thttp.Get(healthURL()) // sink
}
""",
        Flow.CONSTANT,
    ),
    "helper-passes-through": (
        "ssrf",
        """
func sanitizeURL(v string) (string, error) {
\treturn strings.TrimSpace(v), nil
}
func check(w http.ResponseWriter, r *http.Request) {
\ttarget, _ := sanitizeURL(r.URL.Query().Get("url"))
\thttp.Get(target) // sink
}
""",
        Flow.TAINTED,
    ),
    "overwritten-constant": (
        "sql-injection",
        """
func lookup(w http.ResponseWriter, r *http.Request) {
\tusername := "alice"
\tif override := r.URL.Query().Get("u"); override != "" {
\t\tusername = override
\t}
\tdb.Query("SELECT * FROM u WHERE n = '" + username + "'") // sink
}
""",
        Flow.TAINTED,
    ),
    "rejecting-allow-list": (
        "ssrf",
        """
var allowedTargets = map[string]bool{"https://a.example.com/": true}
func check(w http.ResponseWriter, r *http.Request) {
\ttarget := r.URL.Query().Get("url")
\tif !allowedTargets[target] {
\t\thttp.Error(w, "bad target", http.StatusBadRequest)
\t\treturn
\t}
\thttp.Get(target) // sink
}
""",
        Flow.VALIDATED,
    ),
    "comma-ok-allow-list": (
        "command-injection",
        """
var hosts = map[string]struct{}{"db": {}, "cache": {}}
func ping(w http.ResponseWriter, r *http.Request) {
\thost := r.FormValue("host")
\tif _, ok := hosts[host]; !ok {
\t\thttp.Error(w, "bad host", 400)
\t\treturn
\t}
\texec.Command("sh", "-c", "ping "+host).Run() // sink
}
""",
        Flow.VALIDATED,
    ),
    "accepting-allow-list": (
        "open-redirect",
        """
func next(w http.ResponseWriter, r *http.Request) {
\ttarget := r.URL.Query().Get("next")
\tif target == "/home" || target == "/account" {
\t\thttp.Redirect(w, r, target, http.StatusFound) // sink
\t}
}
""",
        Flow.VALIDATED,
    ),
    "equality-guard": (
        "open-redirect",
        """
func next(w http.ResponseWriter, r *http.Request) {
\ttarget := r.URL.Query().Get("next")
\tif target == "/home" {
\t\thttp.Redirect(w, r, target, http.StatusFound) // sink
\t}
}
""",
        Flow.VALIDATED,
    ),
    "strict-regex": (
        "xss",
        """
var validName = regexp.MustCompile(`^[A-Za-z]{1,32}$`)
func greet(w http.ResponseWriter, r *http.Request) {
\tname := r.FormValue("name")
\tif !validName.MatchString(name) {
\t\thttp.Error(w, "bad name", 400)
\t\treturn
\t}
\tfmt.Fprintf(w, "<h1>Hello, %s</h1>", name) // sink
}
""",
        Flow.VALIDATED,
    ),
    "unanchored-regex": (
        "xss",
        """
var validName = regexp.MustCompile(`[A-Za-z]+`)
func greet(w http.ResponseWriter, r *http.Request) {
\tname := r.FormValue("name")
\tif !validName.MatchString(name) {
\t\thttp.Error(w, "bad name", 400)
\t\treturn
\t}
\tfmt.Fprintf(w, "<h1>Hello, %s</h1>", name) // sink
}
""",
        Flow.TAINTED,
    ),
    "ignored-check": (
        "xss",
        """
var validName = regexp.MustCompile(`^[A-Za-z]{1,32}$`)
func greet(w http.ResponseWriter, r *http.Request) {
\tname := r.FormValue("name")
\tok := validName.MatchString(name)
\tlog.Printf("valid=%v", ok)
\tfmt.Fprintf(w, "<h1>Hello, %s</h1>", name) // sink
}
""",
        Flow.TAINTED,
    ),
    "logged-check": (
        "xss",
        """
var validName = regexp.MustCompile(`^[A-Za-z]{1,32}$`)
func greet(w http.ResponseWriter, r *http.Request) {
\tname := r.FormValue("name")
\tif !validName.MatchString(name) {
\t\tlog.Printf("unexpected name %q", name)
\t}
\tfmt.Fprintf(w, "<h1>Hello, %s</h1>", name) // sink
}
""",
        Flow.TAINTED,
    ),
    "fitting-sanitizer": (
        "xss",
        """
func greet(w http.ResponseWriter, r *http.Request) {
\tfmt.Fprintf(w, "<h1>Hello, %s</h1>", html.EscapeString(r.FormValue("name"))) // sink
}
""",
        Flow.SANITIZED,
    ),
    "policy-sanitizer": (
        "xss",
        """
var policy = bluemonday.UGCPolicy()
func greet(w http.ResponseWriter, r *http.Request) {
\tfmt.Fprintf(w, "<div>%s</div>", policy.Sanitize(r.FormValue("bio"))) // sink
}
""",
        Flow.SANITIZED,
    ),
    "wrong-sanitizer": (
        "path-traversal",
        """
func get(w http.ResponseWriter, r *http.Request) {
\tos.ReadFile(filepath.Join("/srv", html.EscapeString(r.FormValue("f")))) // sink
}
""",
        Flow.TAINTED,
    ),
    "base-name": (
        "path-traversal",
        """
func get(w http.ResponseWriter, r *http.Request) {
\tos.ReadFile(filepath.Join("/srv", filepath.Base(r.FormValue("f")))) // sink
}
""",
        Flow.SANITIZED,
    ),
    "numeric-conversion": (
        "sql-injection",
        """
func item(w http.ResponseWriter, r *http.Request) {
\tid, err := strconv.Atoi(r.FormValue("id"))
\tif err != nil {
\t\treturn
\t}
\tdb.Query(fmt.Sprintf("SELECT * FROM t WHERE id = %d", id)) // sink
}
""",
        Flow.SANITIZED,
    ),
    "query-escape-fits-ssrf": (
        "ssrf",
        """
const api = "https://api.partner.example.com/v1/items/"
func item(w http.ResponseWriter, r *http.Request) {
\thttp.Get(api + url.QueryEscape(r.FormValue("id"))) // sink
}
""",
        Flow.SANITIZED,
    ),
    "caller-passes-constant": (
        "command-injection",
        """
func run(script string) {
\texec.Command("sh", "-c", script).Run() // sink
}
func main() {
\trun("make build")
\trun("make test")
}
""",
        Flow.CONSTANT,
    ),
    "caller-passes-input": (
        "command-injection",
        """
func run(script string) {
\texec.Command("sh", "-c", script).Run() // sink
}
func handler(w http.ResponseWriter, r *http.Request) {
\trun("make " + r.FormValue("target"))
}
""",
        Flow.TAINTED,
    ),
    "os-args": (
        "command-injection",
        """
func main() {
\texec.Command("bash", "-c", "git log "+os.Args[1]).Run() // sink
}
""",
        Flow.TAINTED,
    ),
    "argument-list-without-shell": (
        "command-injection",
        """
func ping(w http.ResponseWriter, r *http.Request) {
\texec.Command("ping", "-c", "1", "--", r.FormValue("host")).Run() // sink
}
""",
        Flow.CONSTANT,
    ),
    "trusted-environment": (
        "ssrf",
        """
func check(w http.ResponseWriter, r *http.Request) {
\thttp.Get(os.Getenv("STATUS_URL")) // sink
}
""",
        Flow.TRUSTED,
    ),
    "context-first-argument": (
        "sql-injection",
        """
func lookup(w http.ResponseWriter, r *http.Request) {
\tdb.QueryContext(r.Context(), "SELECT * FROM u WHERE n = ?", r.FormValue("n")) // sink
}
""",
        Flow.CONSTANT,
    ),
    "redirect-to-fixed-path": (
        "open-redirect",
        """
func next(w http.ResponseWriter, r *http.Request) {
\thttp.Redirect(w, r, "/dashboard?tab="+r.FormValue("tab"), http.StatusFound) // sink
}
""",
        Flow.SANITIZED,
    ),
    "gin-string-response": (
        "xss",
        """
func greet(c *gin.Context) {
\tc.String(http.StatusOK, "<h1>%s</h1>", c.Param("name")) // sink
}
""",
        Flow.TAINTED,
    ),
    "builder-filled-with-input": (
        "xss",
        """
func greet(w http.ResponseWriter, r *http.Request) {
\tvar sb strings.Builder
\tsb.WriteString("<h1>")
\tsb.WriteString(r.FormValue("name"))
\tw.Write([]byte(sb.String())) // sink
}
""",
        Flow.TAINTED,
    ),
    "typed-int-parameter": (
        "sql-injection",
        """
func byID(id int) {
\tdb.Query(fmt.Sprintf("SELECT * FROM t WHERE id = %d", id)) // sink
}
""",
        Flow.SANITIZED,
    ),
}


NEVER_SAFE: dict[str, tuple[str, str]] = {
    "closure-assignment": (
        "command-injection",
        """
func h(w http.ResponseWriter, r *http.Request) {
\tcmd := "ls"
\tfunc() { cmd = r.FormValue("c") }()
\texec.Command("sh", "-c", cmd).Run() // sink
}
""",
    ),
    "bare-return-of-a-named-result": (
        "command-injection",
        """
func get(r *http.Request) (s string) {
\ts = r.FormValue("c")
\treturn
}
func h(w http.ResponseWriter, r *http.Request) {
\texec.Command("sh", "-c", get(r)).Run() // sink
}
""",
    ),
    "key-added-to-the-allow-list": (
        "command-injection",
        """
var allowed = map[string]bool{"a": true}
func add(w http.ResponseWriter, r *http.Request) {
\tallowed[r.FormValue("k")] = true
}
func h(w http.ResponseWriter, r *http.Request) {
\thost := r.FormValue("h")
\tif !allowed[host] {
\t\treturn
\t}
\texec.Command("sh", "-c", "ping "+host).Run() // sink
}
""",
    ),
    "map-handed-to-other-code": (
        "command-injection",
        """
var cmds = map[string]string{"a": "ls"}
func init() { register(cmds) }
func h(w http.ResponseWriter, r *http.Request) {
\texec.Command("sh", "-c", cmds[r.FormValue("k")]).Run() // sink
}
""",
    ),
    "shell-in-a-variable": (
        "command-injection",
        """
func h(w http.ResponseWriter, r *http.Request) {
\tsh := "bash"
\texec.Command(sh, "-c", r.FormValue("c")).Run() // sink
}
""",
    ),
    "flag-switched-on": (
        "command-injection",
        """
var debugOnly = false
func enable() { debugOnly = true }
func h(w http.ResponseWriter, r *http.Request) {
\tif debugOnly {
\t\texec.Command("sh", "-c", r.FormValue("c")).Run() // sink
\t}
}
""",
    ),
    "function-value": (
        "command-injection",
        """
func run(c string) {
\texec.Command("sh", "-c", c).Run() // sink
}
func h(w http.ResponseWriter, r *http.Request) {
\trun("ls")
\tfor _, f := range []func(string){run} {
\t\tf(r.FormValue("c"))
\t}
}
""",
    ),
    "unescaped-after-escaping": (
        "xss",
        """
func h(w http.ResponseWriter, r *http.Request) {
\tfmt.Fprintf(w, "<p>%s</p>", html.UnescapeString(html.EscapeString(r.FormValue("q")))) // sink
}
""",
    ),
    "host-without-a-slash": (
        "open-redirect",
        """
func h(w http.ResponseWriter, r *http.Request) {
\thttp.Redirect(w, r, "https://example.com"+r.FormValue("p"), http.StatusFound) // sink
}
""",
    ),
    "anchored-only-at-the-start": (
        "xss",
        """
var re = regexp.MustCompile(`^[a-z]+`)
func h(w http.ResponseWriter, r *http.Request) {
\tn := r.FormValue("n")
\tif !re.MatchString(n) {
\t\treturn
\t}
\tfmt.Fprintf(w, "<p>%s</p>", n) // sink
}
""",
    ),
}


def _analyse(tmp_path: Path, family: str, body: str) -> tuple[FlowResult, list[str]]:
    (tmp_path / "main.go").write_text(HEADER + body)
    ctx = TriageContext(tmp_path, SourceCache(tmp_path), APPROVED)
    source = ctx.sources.get("main.go")
    assert source is not None
    number = next(i for i, line in enumerate(source.lines, 1) if line.rstrip().endswith("// sink"))
    line = source.lines[number - 1]
    start = min(line.index(s) for s in SINKS if s in line) + 1  # like Semgrep, point at the sink
    result, extra = goflow.analyse(source, ctx, family, (number, start), (number, start + 2))
    return result, [e.kind for e in extra]


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow(tmp_path: Path, name: str) -> None:
    family, body, expected = CASES[name]
    result, _ = _analyse(tmp_path, family, body)
    assert result.flow is expected, [e.detail for e in result.evidence]
    if expected.safe and expected is not Flow.CONSTANT:
        assert any(e.supports == "safe" and e.path and e.line and e.code for e in result.evidence)


@pytest.mark.parametrize(("decl", "condition"), [("", "false"), ("const debugOnly = false\n", "debugOnly")])
def test_dead_branch_is_reported(tmp_path: Path, decl: str, condition: str) -> None:
    body = f"{decl}func h(w http.ResponseWriter, r *http.Request) {{\n\tif {condition} {{\n"
    body += '\t\texec.Command("sh", "-c", r.FormValue("c")).Run() // sink\n\t}\n}\n'
    _result, extra = _analyse(tmp_path, "command-injection", body)
    assert extra == ["reachability"]


def test_package_variable_assigned_in_another_file(tmp_path: Path) -> None:
    (tmp_path / "config.go").write_text("package main\n\nfunc init() { target = os.Args[1] }\n")
    body = 'var target = "all"\nfunc build() {\n\texec.Command("sh", "-c", "make "+target).Run() // sink\n}\n'
    result, _ = _analyse(tmp_path, "command-injection", body)
    assert result.flow is Flow.UNKNOWN


def test_triage_decides_from_the_flow(tmp_path: Path) -> None:
    """Through evidence collection and the offline decider: constant input is a false positive, request
    input a true positive."""
    (tmp_path / "main.go").write_text(
        HEADER
        + """
func h(w http.ResponseWriter, r *http.Request) {
\texec.Command("sh", "-c", "uptime").Run() // sink
\texec.Command("sh", "-c", r.FormValue("c")).Run() // sink
}
"""
    )
    ctx = TriageContext(tmp_path, SourceCache(tmp_path), APPROVED)
    source = ctx.sources.get("main.go")
    assert source is not None
    findings = []
    for number, line in enumerate(source.lines, 1):
        if line.rstrip().endswith("// sink"):
            start = min(line.index(s) for s in SINKS if s in line) + 1
            location = Location("main.go", number, start, number, len(line))
            findings.append(
                Finding(
                    "test.rule",
                    Severity.HIGH,
                    Confidence.HIGH,
                    ("CWE-78",),
                    (),
                    "m",
                    location,
                    line.strip(),
                    f"fp-{number}",
                    family="command-injection",
                )
            )
    verdicts = [t.verdict for t in triage_findings(findings, ctx, Memory.load(tmp_path))]
    assert verdicts == [Verdict.FALSE_POSITIVE, Verdict.TRUE_POSITIVE]


@pytest.mark.parametrize("name", sorted(NEVER_SAFE))
def test_never_safe(tmp_path: Path, name: str) -> None:
    """Code that looks checked, constant or sanitized but is not: the analysis must not call it safe."""
    family, body = NEVER_SAFE[name]
    result, extra = _analyse(tmp_path, family, body)
    assert not result.flow.safe and "reachability" not in extra, [e.detail for e in result.evidence]
