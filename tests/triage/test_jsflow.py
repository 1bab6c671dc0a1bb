"""JavaScript/TypeScript data-flow evidence: each case is a program and the flow expected at its `// sink` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from secops.knowledge.catalog import ApprovedEntry
from secops.models import Confidence, Finding, Location, Severity, Verdict
from secops.triage import jsflow
from secops.triage.flowcore import FlowResult
from secops.triage.interface import Flow, TriageContext
from secops.triage.memory import Memory
from secops.triage.run import triage_findings
from secops.triage.source import SourceCache

INJECTION = ("sql-injection", "command-injection", "xss", "path-traversal", "nosql-injection")
APPROVED = (
    ApprovedEntry("sanitizers", "escapeHtml", "javascript", "SEC-XSS-1", ("xss",), module="escape-html"),
    ApprovedEntry("sanitizers", "quote", "javascript", "SEC-INJ-3", ("command-injection",), module="shell-quote"),
    ApprovedEntry("sanitizers", "encodeURIComponent", "javascript", "SEC-SSRF-1", ("ssrf", "log-injection")),
    ApprovedEntry("validators", "path.basename", "javascript", "SEC-INPUT-1", ("path-traversal",), module="node:path"),
    ApprovedEntry("validators", "parseInt", "javascript", "SEC-INPUT-9", INJECTION),
    ApprovedEntry("validators", "validator.isUUID", "javascript", "SEC-INPUT-3", INJECTION, module="validator"),
    ApprovedEntry("trusted_sources", "config.get", "javascript", "SEC-INPUT-4", module="config"),
    ApprovedEntry("trusted_sources", "process.env", "javascript", "SEC-INPUT-4"),
)
SINKS = ("db.query(", "exec(", "execFile(", "res.send(", "res.redirect(", "axios.get(", "fs.readFile(", "eval(",
         "Object.assign(", "User.findOne(", ".innerHTML", "spawn(")  # fmt: skip
HEADER = (
    "const express = require('express');\nconst { exec, execFile, spawn } = require('child_process');\n"
    "const fs = require('fs');\nconst path = require('path');\nconst app = express();\n"
)

CASES: dict[str, tuple[str, str, Flow]] = {
    "direct-source": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    exec('ping ' + req.query.host);  // sink
});
""",
        Flow.TAINTED,
    ),
    "variable-from-body": (
        "sql-injection",
        """
app.post('/a', async (req, res) => {
    const { name } = req.body;
    const sql = `SELECT * FROM u WHERE n = '${name}'`;
    await db.query(sql);  // sink
});
""",
        Flow.TAINTED,
    ),
    "constant": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    const cmd = 'uptime';
    exec(cmd);  // sink
});
""",
        Flow.CONSTANT,
    ),
    "template-of-constants": (
        "sql-injection",
        """
const TABLE = 'users';
app.get('/a', async (req, res) => {
    const limit = 10;
    await db.query(`SELECT * FROM ${TABLE} LIMIT ${limit}`);  // sink
});
""",
        Flow.CONSTANT,
    ),
    "constant-object-lookup": (
        "command-injection",
        """
const COMMANDS = { disk: 'df -h', mem: 'free -m' };
app.get('/a', (req, res) => {
    const cmd = COMMANDS[req.query.k];
    exec(cmd);  // sink
});
""",
        Flow.CONSTANT,
    ),
    "constant-map-lookup": (
        "sql-injection",
        """
const USERS = new Map([['a', 'alice'], ['b', 'bob']]);
app.get('/a', async (req, res) => {
    const user = USERS.get(req.query.k) ?? 'alice';
    await db.query("SELECT * FROM u WHERE n = '" + user + "'");  // sink
});
""",
        Flow.CONSTANT,
    ),
    "ternary-of-literals": (
        "sql-injection",
        """
app.get('/a', async (req, res) => {
    const order = req.query.o === 'up' ? 'ASC' : 'DESC';
    await db.query('SELECT * FROM t ORDER BY n ' + order);  // sink
});
""",
        Flow.CONSTANT,
    ),
    "helper-returns-constant": (
        "command-injection",
        """
function build() {
    return 'echo ok';
}
app.get('/a', (req, res) => {
    exec(build());  // sink
});
""",
        Flow.CONSTANT,
    ),
    "helper-passes-through": (
        "command-injection",
        """
const sanitizeHost = (v) => v.trim();
app.get('/a', (req, res) => {
    exec('ping ' + sanitizeHost(req.query.h));  // sink
});
""",
        Flow.TAINTED,
    ),
    "overwritten-constant": (
        "ssrf",
        """
app.get('/a', async (req, res) => {
    let url = 'https://api.example.com/health';
    if (req.query.url) {
        url = req.query.url;
    }
    await axios.get(url);  // sink
});
""",
        Flow.TAINTED,
    ),
    "constant-overwrites-input": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    let cmd = req.query.c;
    cmd = 'ls';
    exec(cmd);  // sink
});
""",
        Flow.CONSTANT,
    ),
    "rejecting-allow-list": (
        "command-injection",
        """
const ALLOWED_HOSTS = new Set(['db.internal', 'cache.internal']);
app.post('/a', async (req, res) => {
    const host = req.body.host;
    if (!ALLOWED_HOSTS.has(host)) {
        return res.status(400).send('invalid');
    }
    exec('ping -c 1 ' + host);  // sink
});
""",
        Flow.VALIDATED,
    ),
    "accepting-allow-list": (
        "path-traversal",
        """
const FILES = ['a.txt', 'b.txt'];
app.get('/f', (req, res) => {
    const name = req.query.f;
    if (FILES.includes(name)) {
        fs.readFile(path.join('/srv', name), (e, d) => res.send(d));  // sink
    }
});
""",
        Flow.VALIDATED,
    ),
    "substring-is-not-an-allow-list": (
        "command-injection",
        """
const ALLOWED = 'db.internal,cache.internal';
app.post('/a', (req, res) => {
    const host = req.body.host;
    if (!ALLOWED.includes(host)) return res.sendStatus(400);
    exec('ping ' + host);  // sink
});
""",
        Flow.TAINTED,
    ),
    "strict-regex": (
        "sql-injection",
        """
const NAME_RE = /^[A-Za-z0-9_]{1,32}$/;
app.get('/a', async (req, res) => {
    const name = req.query.name;
    if (!NAME_RE.test(name)) return res.status(400).end();
    await db.query("SELECT * FROM u WHERE n = '" + name + "'");  // sink
});
""",
        Flow.VALIDATED,
    ),
    "loose-regex": (
        "sql-injection",
        """
app.get('/a', async (req, res) => {
    const name = req.query.name;
    if (!/^[a-z].*/.test(name)) return res.status(400).end();
    await db.query("SELECT * FROM u WHERE n = '" + name + "'");  // sink
});
""",
        Flow.TAINTED,
    ),
    "ignored-check": (
        "command-injection",
        """
const ALLOWED_HOSTS = new Set(['db.internal']);
app.post('/a', (req, res) => {
    const host = req.body.host;
    const ok = ALLOWED_HOSTS.has(host);
    console.log('allowed?', ok);
    exec('ping ' + host);  // sink
});
""",
        Flow.TAINTED,
    ),
    "logged-check": (
        "command-injection",
        """
const ALLOWED_HOSTS = new Set(['db.internal']);
app.post('/a', (req, res) => {
    const host = req.body.host;
    if (!ALLOWED_HOSTS.has(host)) {
        console.warn('unexpected host', host);
    }
    exec('ping ' + host);  // sink
});
""",
        Flow.TAINTED,
    ),
    "fitting-sanitizer": (
        "xss",
        """
const escapeHtml = require('escape-html');
app.get('/a', (req, res) => {
    res.send('<h1>' + escapeHtml(req.query.name) + '</h1>');  // sink
});
""",
        Flow.SANITIZED,
    ),
    "wrong-sanitizer": (
        "command-injection",
        """
const escapeHtml = require('escape-html');
app.get('/a', (req, res) => {
    exec('ping ' + escapeHtml(req.query.host));  // sink
});
""",
        Flow.TAINTED,
    ),
    "local-function-shadows-approved-name": (
        "xss",
        """
function escapeHtml(s) { return s; }
app.get('/a', (req, res) => {
    res.send('<p>' + escapeHtml(req.query.q) + '</p>');  // sink
});
""",
        Flow.TAINTED,
    ),
    "numeric-conversion": (
        "sql-injection",
        """
app.get('/a', async (req, res) => {
    const id = parseInt(req.params.id, 10);
    await db.query('SELECT * FROM t WHERE id = ' + id);  // sink
});
""",
        Flow.SANITIZED,
    ),
    "number-does-not-fit-ssrf": (
        "ssrf",
        """
app.get('/a', async (req, res) => {
    const port = Number(req.query.port);
    await axios.get('http://internal:' + port + '/status');  // sink
});
""",
        Flow.TAINTED,
    ),
    "caller-passes-constant": (
        "command-injection",
        """
function run(cmd) {
    exec(cmd);  // sink
}
run('make build');
run('make test');
""",
        Flow.CONSTANT,
    ),
    "caller-passes-input": (
        "command-injection",
        """
function run(cmd) {
    exec(cmd);  // sink
}
app.get('/a', (req, res) => run('make ' + req.query.target));
""",
        Flow.TAINTED,
    ),
    "parameter-without-callers": (
        "command-injection",
        """
function run(cmd) {
    exec(cmd);  // sink
}
""",
        Flow.UNKNOWN,
    ),
    "trusted-config": (
        "xss",
        """
const config = require('config');
app.get('/a', (req, res) => {
    const name = config.get('defaults.name');
    res.send('<h1>' + name + '</h1>');  // sink
});
""",
        Flow.TRUSTED,
    ),
    "parameterised-query": (
        "sql-injection",
        """
app.get('/a', async (req, res) => {
    await db.query('SELECT * FROM u WHERE n = ?', [req.query.name]);  // sink
});
""",
        Flow.CONSTANT,
    ),
    "execfile-argument-list": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    execFile('ping', ['-c', '1', '--', String(req.query.host)]);  // sink
});
""",
        Flow.CONSTANT,
    ),
    "spawn-through-a-shell": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    spawn('sh', ['-c', 'ping ' + req.query.host]);  // sink
});
""",
        Flow.TAINTED,
    ),
    "redirect-to-a-fixed-path": (
        "open-redirect",
        """
app.get('/a', (req, res) => {
    res.redirect('/dashboard?tab=' + req.query.tab);  // sink
});
""",
        Flow.SANITIZED,
    ),
    "redirect-to-input": (
        "open-redirect",
        """
app.get('/a', (req, res) => {
    res.redirect('/' + req.query.next);  // sink
});
""",
        Flow.TAINTED,
    ),
    "prototype-pollution-key-checked": (
        "prototype-pollution",
        """
const settings = { display: {}, privacy: {} };
app.post('/a', (req, res) => {
    const section = req.body.section;
    if (!Object.hasOwn(settings, section)) return res.sendStatus(404);
    Object.assign(settings[section], req.body.values);  // sink
});
""",
        Flow.VALIDATED,
    ),
    "prototype-pollution-key-from-input": (
        "prototype-pollution",
        """
const settings = { display: {}, privacy: {} };
app.post('/a', (req, res) => {
    Object.assign(settings[req.body.section], req.body.values);  // sink
});
""",
        Flow.TAINTED,
    ),
    "nosql-string-coercion": (
        "nosql-injection",
        """
app.post('/login', async (req, res) => {
    const user = await User.findOne({ username: String(req.body.username), active: true });  // sink
});
""",
        Flow.SANITIZED,
    ),
    "dom-location-hash": (
        "xss",
        """
const target = document.getElementById('out');
target.innerHTML = decodeURIComponent(location.hash.slice(1));  // sink
""",
        Flow.TAINTED,
    ),
    "postmessage-event-data": (
        "xss",
        """
window.addEventListener('message', (event) => {
    document.getElementById('out').innerHTML = event.data.html;  // sink
});
""",
        Flow.TAINTED,
    ),
    "process-argv": (
        "command-injection",
        """
exec('git log ' + process.argv[2]);  // sink
""",
        Flow.TAINTED,
    ),
    "typescript-cast": (
        "command-injection",
        """
app.get('/a', (req: Request, res: Response) => {
    const host = req.query.host as string;
    exec(`ping ${host!}`);  // sink
});
""",
        Flow.TAINTED,
    ),
    "helper-check": (
        "command-injection",
        """
const ALLOWED = ['a', 'b'];
function isAllowed(h) { return ALLOWED.includes(h); }
app.post('/a', (req, res) => {
    const host = req.body.host;
    if (!isAllowed(host)) throw new Error('bad host');
    exec('ping ' + host);  // sink
});
""",
        Flow.VALIDATED,
    ),
    "guard-then-reassigned": (
        "command-injection",
        """
const ALLOWED = ['a', 'b'];
app.post('/a', (req, res) => {
    let host = req.body.host;
    if (!ALLOWED.includes(host)) return res.sendStatus(400);
    host = req.body.other;
    exec('ping ' + host);  // sink
});
""",
        Flow.TAINTED,
    ),
    "for-of-constants": (
        "command-injection",
        """
for (const step of ['lint', 'test']) {
    exec('npm run ' + step);  // sink
}
""",
        Flow.CONSTANT,
    ),
    "module-variable-reassigned-by-a-handler": (
        "command-injection",
        """
let target = 'all';
app.post('/set', (req, res) => { target = req.body.target; });
app.post('/run', (req, res) => {
    exec('make ' + target);  // sink
});
""",
        Flow.TAINTED,
    ),
}


NEVER_SAFE: dict[str, tuple[str, str]] = {
    "closure-assignment": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    let cmd = 'ls';
    [1].forEach(() => { cmd = req.query.c; });
    exec(cmd);  // sink
});
""",
    ),
    "alias-mutation": (
        "command-injection",
        """
const COMMANDS = { a: 'ls' };
const alias = COMMANDS;
app.get('/a', (req, res) => {
    alias.a = req.query.c;
    exec(COMMANDS.a);  // sink
});
""",
    ),
    "allow-list-key-added": (
        "command-injection",
        """
const ALLOWED = { a: true };
app.get('/a', (req, res) => {
    ALLOWED[req.query.k] = true;
    const h = req.query.h;
    if (!Object.hasOwn(ALLOWED, h)) return res.end();
    exec('ping ' + h);  // sink
});
""",
    ),
    "check-stored-then-value-replaced": (
        "command-injection",
        """
const ALLOWED = ['a'];
app.get('/a', (req, res) => {
    let h = req.query.h;
    const ok = ALLOWED.includes(h);
    h = req.query.other;
    if (!ok) return res.end();
    exec('ping ' + h);  // sink
});
""",
    ),
    "rejection-caught": (
        "command-injection",
        """
const ALLOWED = ['a'];
app.get('/a', (req, res) => {
    const h = req.query.h;
    try { if (!ALLOWED.includes(h)) throw new Error('x'); } catch (e) { console.log(e); }
    exec('ping ' + h);  // sink
});
""",
    ),
    "return-inside-a-callback": (
        "command-injection",
        """
const ALLOWED = ['a'];
app.get('/a', (req, res) => {
    const h = req.query.h;
    [1].forEach(() => { if (!ALLOWED.includes(h)) return; });
    exec('ping ' + h);  // sink
});
""",
    ),
    "shell-named-by-a-constant": (
        "command-injection",
        """
const SHELL = '/bin/sh';
app.get('/a', (req, res) => {
    spawn(SHELL, ['-c', 'ping ' + req.query.h]);  // sink
});
""",
    ),
    "decoded-after-escaping": (
        "xss",
        """
const escapeHtml = require('escape-html');
app.get('/a', (req, res) => {
    res.send('<p>' + escapeHtml(req.query.q).replace(/&lt;/g, '<') + '</p>');  // sink
});
""",
    ),
    "function-handed-on-as-a-callback": (
        "command-injection",
        """
function run(cmd) {
    exec(cmd);  // sink
}
run('make');
app.get('/a', (req, res) => { req.query.list.forEach(run); });
""",
    ),
    "hoisted-function-after-return": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    return helper(req.query.c);
    function helper(c) {
        exec(c);  // sink
    }
});
""",
    ),
    "multi-line-regex": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    const h = req.query.h;
    if (!/^[a-z]+$/m.test(h)) return res.end();
    exec('ping ' + h);  // sink
});
""",
    ),
    "flag-switched-on-by-a-request": (
        "command-injection",
        """
let DEBUG = false;
app.post('/debug', (req, res) => { DEBUG = true; });
app.get('/a', (req, res) => {
    if (DEBUG) { exec(req.query.c); }  // sink
});
""",
    ),
    "in-operator-sees-the-prototype": (
        "prototype-pollution",
        """
const settings = { a: {} };
app.post('/a', (req, res) => {
    const s = req.body.s;
    if (!(s in settings)) return res.end();
    Object.assign(settings[s], req.body.v);  // sink
});
""",
    ),
    "string-in-where-clause": (
        "nosql-injection",
        """
app.get('/a', async (req, res) => {
    await User.findOne({ $where: "this.name == '" + String(req.query.n) + "'" });  // sink
});
""",
    ),
    "closure-resets-after-the-check": (
        "command-injection",
        """
const ALLOWED = ['a'];
app.get('/a', (req, res) => {
    let h = req.query.h;
    const reset = () => { h = req.query.other; };
    if (!ALLOWED.includes(h)) return res.end();
    reset();
    exec('ping ' + h);  // sink
});
""",
    ),
    "else-branch-reassigns": (
        "command-injection",
        """
const ALLOWED = ['a'];
app.get('/a', (req, res) => {
    let h = req.query.h;
    if (!ALLOWED.includes(h)) { return res.end(); } else { h = req.query.other; }
    exec('ping ' + h);  // sink
});
""",
    ),
    "helper-rewrites-its-parameter": (
        "command-injection",
        """
const ALLOWED = ['a'];
function ok(h) { h = 'a'; return ALLOWED.includes(h); }
app.get('/a', (req, res) => {
    const h = req.query.h;
    if (!ok(h)) return res.end();
    exec('ping ' + h);  // sink
});
""",
    ),
    "self-reference": (
        "command-injection",
        """
app.get('/a', (req, res) => {
    let x = req.query.a;
    x = x.trim();
    exec(x);  // sink
});
""",
    ),
}


def _analyse(tmp_path: Path, family: str, body: str, name: str = "app.ts") -> tuple[FlowResult, list[str]]:
    (tmp_path / name).write_text(HEADER + body)
    ctx = TriageContext(tmp_path, SourceCache(tmp_path), APPROVED)
    source = ctx.sources.get(name)
    assert source is not None
    number = next(i for i, line in enumerate(source.lines, 1) if line.rstrip().endswith("// sink"))
    line = source.lines[number - 1]
    start = min(line.index(s) for s in SINKS if s in line) + 1  # like Semgrep, point at the sink
    result, extra = jsflow.analyse(source, ctx, family, (number, start), (number, start + 2))
    return result, [e.kind for e in extra]


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow(tmp_path: Path, name: str) -> None:
    family, body, expected = CASES[name]
    result, _ = _analyse(tmp_path, family, body)
    assert result.flow is expected, [e.detail for e in result.evidence]
    if expected.safe and expected is not Flow.CONSTANT:
        assert any(e.supports == "safe" and e.path and e.line and e.code for e in result.evidence)


def test_javascript_file(tmp_path: Path) -> None:
    body = "app.get('/a', function (req, res) {\n    exec('ls ' + req.params.dir);  // sink\n});\n"
    result, _ = _analyse(tmp_path, "command-injection", body, "app.js")
    assert result.flow is Flow.TAINTED


@pytest.mark.parametrize("condition", ["false", "DEBUG_ONLY && false", "DEBUG_ONLY"])
def test_dead_branch_is_reported(tmp_path: Path, condition: str) -> None:
    body = f"const DEBUG_ONLY = false;\napp.get('/a', (req, res) => {{\n    if ({condition}) {{\n"
    body += "        exec(req.query.cmd);  // sink\n    }\n});\n"
    _result, extra = _analyse(tmp_path, "command-injection", body)
    assert extra == ["reachability"]


def test_exported_function_called_elsewhere_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "other.ts").write_text("import { run } from './app';\nrun(process.argv[2]);\n")
    body = "export function run(cmd) {\n    exec(cmd);  // sink\n}\nrun('make');\n"
    result, _ = _analyse(tmp_path, "command-injection", body)
    assert result.flow is Flow.UNKNOWN


def test_triage_decides_from_the_flow(tmp_path: Path) -> None:
    """Through evidence collection and the offline decider: constant input is a false positive, request
    input a true positive."""
    (tmp_path / "app.ts").write_text(
        HEADER + "app.get('/a', (req, res) => {\n    exec('uptime');  // sink\n});\n"
        "app.get('/b', (req, res) => {\n    exec(req.query.c);  // sink\n});\n"
    )
    ctx = TriageContext(tmp_path, SourceCache(tmp_path), APPROVED)
    source = ctx.sources.get("app.ts")
    assert source is not None
    findings = []
    for number, line in enumerate(source.lines, 1):
        if line.rstrip().endswith("// sink"):
            start = min(line.index(s) for s in SINKS if s in line) + 1
            location = Location("app.ts", number, start, number, len(line))
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
