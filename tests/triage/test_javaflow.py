"""Java data-flow evidence: each case is a class body and the flow expected at its `// sink` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from secops.knowledge.catalog import ApprovedEntry
from secops.models import Confidence, Finding, Location, Severity, Verdict
from secops.triage import javaflow
from secops.triage.flowcore import FlowResult
from secops.triage.interface import Flow, TriageContext
from secops.triage.memory import Memory
from secops.triage.run import triage_findings
from secops.triage.source import SourceCache

INJECTION = ("sql-injection", "command-injection", "xss", "path-traversal", "ldap-injection")
APPROVED = (
    ApprovedEntry("sanitizers", "org.owasp.encoder.Encode.forHtml", "java", "SEC-XSS-1", ("xss",)),
    ApprovedEntry(
        "sanitizers",
        "org.springframework.ldap.support.LdapEncoder.filterEncode",
        "java",
        "SEC-INJ-5",
        ("ldap-injection",),
    ),  # fmt: skip
    ApprovedEntry("validators", "Integer.parseInt", "java", "SEC-INPUT-9", INJECTION),
    ApprovedEntry("validators", "java.nio.file.Path.getFileName", "java", "SEC-INPUT-1", ("path-traversal",)),
    ApprovedEntry("trusted_sources", "org.springframework.core.env.Environment.getProperty", "java", "SEC-INPUT-4"),
    ApprovedEntry("trusted_sources", "org.springframework.beans.factory.annotation.Value", "java", "SEC-INPUT-4"),
)
SINKS = ("executeQuery(", "exec(", "new ProcessBuilder(", "sendRedirect(", "write(", "search(", "readAllBytes(",
         "setAttribute(", "return ")  # fmt: skip
HEADER = """package com.example;

import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.regex.Pattern;
import javax.servlet.http.*;
import org.owasp.encoder.Encode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.web.bind.annotation.*;

@RestController
public class App extends HttpServlet {
    private Statement stmt;
"""

CASES: dict[str, tuple[str, str, Flow]] = {
    "servlet-parameter": (
        "sql-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("name");
        stmt.executeQuery("SELECT * FROM u WHERE n = '" + name + "'");  // sink
    }
""",
        Flow.TAINTED,
    ),
    "cookie-value": (
        "sql-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String id = "";
        for (Cookie c : request.getCookies()) { id = c.getValue(); }
        stmt.executeQuery("SELECT * FROM s WHERE id = '" + id + "'");  // sink
    }
""",
        Flow.TAINTED,
    ),
    "spring-request-param": (
        "command-injection",
        """
    @GetMapping("/ping")
    public String ping(@RequestParam("host") String host) throws Exception {
        Runtime.getRuntime().exec("ping -c 1 " + host);  // sink
        return "ok";
    }
""",
        Flow.TAINTED,
    ),
    "spring-typed-param": (
        "sql-injection",
        """
    @GetMapping("/item/{id}")
    public String item(@PathVariable long id) throws Exception {
        stmt.executeQuery("SELECT * FROM t WHERE id = " + id);  // sink
        return "ok";
    }
""",
        Flow.SANITIZED,
    ),
    "constant": (
        "sql-injection",
        """
    public void report() throws Exception {
        String table = "users";
        stmt.executeQuery("SELECT * FROM " + table);  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "string-format-and-builder-of-constants": (
        "sql-injection",
        """
    private static final String TABLE = "users";
    public void report() throws Exception {
        StringBuilder sb = new StringBuilder("SELECT * FROM ");
        sb.append(TABLE).append(" LIMIT ");
        sb.append(String.format("%d", 10));
        stmt.executeQuery(sb.toString());  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "builder-with-input": (
        "sql-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        StringBuilder sb = new StringBuilder("SELECT * FROM u WHERE n = '");
        sb.append(request.getParameter("n")).append("'");
        stmt.executeQuery(sb.toString());  // sink
    }
""",
        Flow.TAINTED,
    ),
    "map-of-lookup": (
        "xss",
        """
    private static final Map<String, String> NAME_BY_KEY = Map.of("a", "Guest", "b", "Team");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = NAME_BY_KEY.getOrDefault(request.getParameter("key"), "Guest");
        response.getWriter().write("<h1>" + name + "</h1>");  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "ternary-of-literals": (
        "sql-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String order = "up".equals(request.getParameter("o")) ? "ASC" : "DESC";
        stmt.executeQuery("SELECT * FROM t ORDER BY n " + order);  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "helper-returns-constant": (
        "command-injection",
        """
    private String command() { return "uptime"; }
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Runtime.getRuntime().exec(command());  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "helper-passes-through": (
        "command-injection",
        """
    private static String sanitizeHost(String v) { return v.trim(); }
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Runtime.getRuntime().exec("ping " + sanitizeHost(request.getParameter("h")));  // sink
    }
""",
        Flow.TAINTED,
    ),
    "overwritten-constant": (
        "open-redirect",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String next = "/home";
        if (request.getParameter("next") != null) {
            next = request.getParameter("next");
        }
        response.sendRedirect(next);  // sink
    }
""",
        Flow.TAINTED,
    ),
    "rejecting-allow-list": (
        "path-traversal",
        """
    private static final Set<String> REPORTS = Set.of("daily.csv", "weekly.csv");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String file = request.getParameter("file");
        if (!REPORTS.contains(file)) {
            response.sendError(400);
            return;
        }
        Files.readAllBytes(Paths.get("/srv/reports", file));  // sink
    }
""",
        Flow.VALIDATED,
    ),
    "accepting-allow-list": (
        "path-traversal",
        """
    private static final List<String> REPORTS = List.of("daily.csv", "weekly.csv");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String file = request.getParameter("file");
        if (REPORTS.contains(file)) {
            Files.readAllBytes(Paths.get("/srv/reports", file));  // sink
        }
    }
""",
        Flow.VALIDATED,
    ),
    "strict-pattern": (
        "ldap-injection",
        """
    private static final Pattern UID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String uid = request.getParameter("uid");
        if (!UID.matcher(uid).matches()) {
            throw new IllegalArgumentException("bad uid");
        }
        ctx.search("ou=people", "(uid=" + uid + ")", controls);  // sink
    }
""",
        Flow.VALIDATED,
    ),
    "loose-pattern": (
        "ldap-injection",
        """
    private static final Pattern UID = Pattern.compile("[a-z].*");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String uid = request.getParameter("uid");
        if (!UID.matcher(uid).matches()) {
            throw new IllegalArgumentException("bad uid");
        }
        ctx.search("ou=people", "(uid=" + uid + ")", controls);  // sink
    }
""",
        Flow.TAINTED,
    ),
    "ignored-check": (
        "path-traversal",
        """
    private static final Set<String> REPORTS = Set.of("daily.csv");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String file = request.getParameter("file");
        boolean known = REPORTS.contains(file);
        log.info("known report: {}", known);
        Files.readAllBytes(Paths.get("/srv/reports", file));  // sink
    }
""",
        Flow.TAINTED,
    ),
    "fitting-sanitizer": (
        "xss",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.getWriter().write("<h1>" + Encode.forHtml(request.getParameter("n")) + "</h1>");  // sink
    }
""",
        Flow.SANITIZED,
    ),
    "wrong-sanitizer": (
        "open-redirect",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.sendRedirect(Encode.forHtml(request.getParameter("next")));  // sink
    }
""",
        Flow.TAINTED,
    ),
    "ldap-encoder": (
        "ldap-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String uid = LdapEncoder.filterEncode(request.getParameter("uid"));
        ctx.search("ou=people", "(uid=" + uid + ")", controls);  // sink
    }
""",
        Flow.SANITIZED,
    ),
    "numeric-conversion": (
        "sql-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        int id = Integer.parseInt(request.getParameter("id"));
        stmt.executeQuery("SELECT * FROM t WHERE id = " + id);  // sink
    }
""",
        Flow.SANITIZED,
    ),
    "file-name-only": (
        "path-traversal",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("f");
        Files.readAllBytes(Paths.get("/srv", Paths.get(name).getFileName().toString()));  // sink
    }
""",
        Flow.SANITIZED,
    ),
    "caller-passes-constant": (
        "command-injection",
        """
    private void run(String cmd) throws Exception {
        Runtime.getRuntime().exec(cmd);  // sink
    }
    public void build() throws Exception {
        run("make build");
        this.run("make test");
    }
""",
        Flow.CONSTANT,
    ),
    "caller-passes-input": (
        "command-injection",
        """
    private void run(String cmd) throws Exception {
        Runtime.getRuntime().exec(cmd);  // sink
    }
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        run("make " + request.getParameter("t"));
    }
""",
        Flow.TAINTED,
    ),
    "public-method-without-callers": (
        "command-injection",
        """
    public void run(String cmd) throws Exception {
        Runtime.getRuntime().exec(cmd);  // sink
    }
""",
        Flow.UNKNOWN,
    ),
    "process-builder-argument-list": (
        "command-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        new ProcessBuilder("ping", "-c", "1", request.getParameter("h")).start();  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "process-builder-through-a-shell": (
        "command-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        new ProcessBuilder("/bin/sh", "-c", "ping " + request.getParameter("h")).start();  // sink
    }
""",
        Flow.TAINTED,
    ),
    "environment-property": (
        "open-redirect",
        """
    private final Environment env;
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.sendRedirect(env.getProperty("app.home"));  // sink
    }
""",
        Flow.TRUSTED,
    ),
    "value-injected-field": (
        "sql-injection",
        """
    @Value("${report.table}")
    private String table;
    public void report() throws Exception {
        stmt.executeQuery("SELECT * FROM " + table);  // sink
    }
""",
        Flow.TRUSTED,
    ),
    "prepared-statement": (
        "sql-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM u WHERE n = ?");
        ps.setString(1, request.getParameter("n"));
        ps.executeQuery();  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "spring-redirect-to-fixed-path": (
        "open-redirect",
        """
    @GetMapping("/go")
    public String go(@RequestParam String tab) {
        return "redirect:/dashboard?tab=" + tab;  // sink
    }
""",
        Flow.SANITIZED,
    ),
    "session-trust-boundary": (
        "trust-boundary",
        """
    private static final Map<String, String> REGION = Map.of("eu", "eu-west", "us", "us-east");
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String region = REGION.getOrDefault(String.valueOf(request.getParameter("key")), "eu-west");
        request.getSession().setAttribute("region", region);  // sink
    }
""",
        Flow.CONSTANT,
    ),
    "mutable-field-assigned-from-input": (
        "sql-injection",
        """
    private String table = "users";
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        table = request.getParameter("t");
    }
    public void report() throws Exception {
        stmt.executeQuery("SELECT * FROM " + table);  // sink
    }
""",
        Flow.TAINTED,
    ),
}


NEVER_SAFE: dict[str, tuple[str, str]] = {
    "rejection-caught": (
        "command-injection",
        """
    private static final Set<String> OK = Set.of("a");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String h = request.getParameter("h");
        try { if (!OK.contains(h)) throw new IllegalArgumentException(); } catch (IllegalArgumentException e) { }
        Runtime.getRuntime().exec("ping " + h);  // sink
    }
""",
    ),
    "allow-list-filled-from-input": (
        "command-injection",
        """
    private static final Set<String> OK = new HashSet<>();
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        OK.add(request.getParameter("extra"));
    }
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String h = request.getParameter("h");
        if (!OK.contains(h)) { return; }
        Runtime.getRuntime().exec("ping " + h);  // sink
    }
""",
    ),
    "map-handed-to-other-code": (
        "command-injection",
        """
    private static final Map<String, String> CMDS = new HashMap<>();
    static { CMDS.put("a", "ls"); Registry.register(CMDS); }
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Runtime.getRuntime().exec(CMDS.get(request.getParameter("k")));  // sink
    }
""",
    ),
    "shell-array": (
        "command-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Runtime.getRuntime().exec(new String[]{"/bin/bash", "-c", "ping " + request.getParameter("h")});  // sink
    }
""",
    ),
    "program-in-a-variable": (
        "command-injection",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String sh = "sh";
        new ProcessBuilder(sh, "-c", request.getParameter("c")).start();  // sink
    }
""",
    ),
    "public-mutable-flag": (
        "command-injection",
        """
    public static boolean DEBUG = false;
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (DEBUG) {
            Runtime.getRuntime().exec(request.getParameter("c"));  // sink
        }
    }
""",
    ),
    "substring-test": (
        "sql-injection",
        """
    private static final String OK = "alice,bob";
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String n = request.getParameter("n");
        if (!OK.contains(n)) { return; }
        stmt.executeQuery("SELECT * FROM u WHERE n = '" + n + "'");  // sink
    }
""",
    ),
    "find-is-not-anchored": (
        "sql-injection",
        """
    private static final Pattern P = Pattern.compile("[a-z]+");
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String n = request.getParameter("n");
        if (!P.matcher(n).find()) { return; }
        stmt.executeQuery("SELECT * FROM u WHERE n = '" + n + "'");  // sink
    }
""",
    ),
    "method-reference": (
        "command-injection",
        """
    private void run(String cmd) throws Exception {
        Runtime.getRuntime().exec(cmd);  // sink
    }
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        run("ls");
        List.of(request.getParameter("c")).forEach(this::run);
    }
""",
    ),
    "unescaped-after-encoding": (
        "xss",
        """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        response.getWriter().write(Encode.forHtml(request.getParameter("n")).replace("&lt;", "<"));  // sink
    }
""",
    ),
    "spring-form-object": (
        "sql-injection",
        """
    @PostMapping("/a")
    public String a(Form form) throws Exception {
        stmt.executeQuery("SELECT * FROM u WHERE n = '" + form.getName() + "'");  // sink
        return "ok";
    }
""",
    ),
    "redirect-prefix-only": (
        "open-redirect",
        """
    @GetMapping("/go")
    public String go(@RequestParam String next) {
        return "redirect:" + next;  // sink
    }
""",
    ),
}


def _analyse(tmp_path: Path, family: str, body: str) -> tuple[FlowResult, list[str]]:
    (tmp_path / "App.java").write_text(HEADER + body + "}\n")
    ctx = TriageContext(tmp_path, SourceCache(tmp_path), APPROVED)
    source = ctx.sources.get("App.java")
    assert source is not None
    number = next(i for i, line in enumerate(source.lines, 1) if line.rstrip().endswith("// sink"))
    line = source.lines[number - 1]
    start = min(line.index(s) for s in SINKS if s in line) + 1  # like Semgrep, point at the sink
    result, extra = javaflow.analyse(source, ctx, family, (number, start), (number, start + 2))
    return result, [e.kind for e in extra]


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow(tmp_path: Path, name: str) -> None:
    family, body, expected = CASES[name]
    result, _ = _analyse(tmp_path, family, body)
    assert result.flow is expected, [e.detail for e in result.evidence]
    if expected.safe and expected is not Flow.CONSTANT:
        assert any(e.supports == "safe" and e.path and e.line and e.code for e in result.evidence)


@pytest.mark.parametrize("condition", ["false", "DEBUG_ONLY", "DEBUG_ONLY && true"])
def test_dead_branch_is_reported(tmp_path: Path, condition: str) -> None:
    body = f"""
    private static final boolean DEBUG_ONLY = false;
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {{
        if ({condition}) {{
            Runtime.getRuntime().exec(request.getParameter("c"));  // sink
        }}
    }}
"""
    _result, extra = _analyse(tmp_path, "command-injection", body)
    assert extra == ["reachability"]


def test_mutable_flag_is_not_dead(tmp_path: Path) -> None:
    body = """
    static boolean debug = false;
    public void enable() { debug = true; }
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (debug) {
            Runtime.getRuntime().exec(request.getParameter("c"));  // sink
        }
    }
"""
    result, extra = _analyse(tmp_path, "command-injection", body)
    assert extra == []
    assert result.flow is Flow.TAINTED


def test_triage_decides_from_the_flow(tmp_path: Path) -> None:
    """Through evidence collection and the offline decider: constant input is a false positive, request
    input a true positive."""
    (tmp_path / "App.java").write_text(
        HEADER
        + """
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Runtime.getRuntime().exec("uptime");  // sink
        Runtime.getRuntime().exec(request.getParameter("c"));  // sink
    }
}
"""
    )
    ctx = TriageContext(tmp_path, SourceCache(tmp_path), APPROVED)
    source = ctx.sources.get("App.java")
    assert source is not None
    findings = []
    for number, line in enumerate(source.lines, 1):
        if line.rstrip().endswith("// sink"):
            start = min(line.index(s) for s in SINKS if s in line) + 1
            location = Location("App.java", number, start, number, len(line))
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
