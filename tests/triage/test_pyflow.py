"""Python data-flow evidence: each case is a program and the flow expected at its `# sink` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from secops.knowledge.catalog import ApprovedEntry
from secops.triage import pyflow
from secops.triage.interface import Flow, TriageContext
from secops.triage.source import SourceCache

APPROVED = (
    ApprovedEntry(section="sanitizers", name="markupsafe.escape", language="python", fits=("xss",), clause="SEC-XSS-1"),
    ApprovedEntry(
        section="sanitizers", name="shlex.quote", language="python", fits=("command-injection",), clause="SEC-INJ-3"
    ),
    ApprovedEntry(
        section="validators",
        name="werkzeug.utils.secure_filename",
        language="python",
        fits=("path-traversal",),
        clause="SEC-INPUT-1",
    ),
    ApprovedEntry(
        section="trusted_sources",
        name="config.get_setting",
        language="python",
        fits=("sql-injection",),
        clause="SEC-INPUT-4",
    ),
)

SINKS = ("subprocess.call(", "cur.execute(", "open(", "eval(", "redirect(")
HEADER = "import os, re, shlex, subprocess\nfrom flask import Flask, request, redirect\napp = Flask(__name__)\n"

CASES: dict[str, tuple[str, str, Flow]] = {
    "direct-source": (
        "command-injection",
        """
@app.route("/a")
def a():
    cmd = request.args.get("c")
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.TAINTED,
    ),
    "constant": (
        "command-injection",
        """
@app.route("/a")
def a():
    cmd = "ls -l"
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.CONSTANT,
    ),
    "fstring-of-constants": (
        "sql-injection",
        """
TABLE = "users"
def q(cur):
    limit = 10
    cur.execute(f"SELECT * FROM {TABLE} LIMIT {limit}")  # sink
""",
        Flow.CONSTANT,
    ),
    "fstring-with-input": (
        "sql-injection",
        """
@app.route("/q")
def q():
    name = request.form["name"]
    query = "SELECT * FROM t WHERE n = '" + name + "'"
    cur.execute(query)  # sink
""",
        Flow.TAINTED,
    ),
    "allow-list-lookup": (
        "command-injection",
        """
COMMANDS = {"disk": "df -h", "mem": "free -m"}
@app.route("/a")
def a():
    cmd = COMMANDS.get(request.args.get("k"), "uptime")
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.CONSTANT,
    ),
    "subscript-of-constant": (
        "command-injection",
        """
COMMANDS = {"disk": "df -h"}
@app.route("/a")
def a():
    subprocess.call(COMMANDS[request.args["k"]], shell=True)  # sink
""",
        Flow.CONSTANT,
    ),
    "ternary-of-literals": (
        "sql-injection",
        """
@app.route("/a")
def a():
    order = "ASC" if request.args.get("o") == "up" else "DESC"
    cur.execute("SELECT * FROM t ORDER BY n " + order)  # sink
""",
        Flow.CONSTANT,
    ),
    "helper-returns-constant": (
        "command-injection",
        """
def build():
    return "echo ok"
@app.route("/a")
def a():
    subprocess.call(build(), shell=True)  # sink
""",
        Flow.CONSTANT,
    ),
    "helper-passes-through": (
        "command-injection",
        """
def clean(v):
    return v.strip()
@app.route("/a")
def a():
    subprocess.call(clean(request.args["c"]), shell=True)  # sink
""",
        Flow.TAINTED,
    ),
    "overwritten-constant": (
        "command-injection",
        """
@app.route("/a")
def a():
    cmd = "ls"
    cmd = request.args["c"]
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.TAINTED,
    ),
    "constant-overwrites-input": (
        "command-injection",
        """
@app.route("/a")
def a():
    cmd = request.args["c"]
    cmd = "ls"
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.CONSTANT,
    ),
    "branch-one-tainted": (
        "command-injection",
        """
@app.route("/a")
def a():
    cmd = "ls"
    if request.args.get("x"):
        cmd = request.args["c"]
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.TAINTED,
    ),
    "rejecting-allow-list": (
        "path-traversal",
        """
ALLOWED = ("a.txt", "b.txt")
@app.route("/f")
def f():
    name = request.args["f"]
    if name not in ALLOWED:
        return "no", 400
    return open(os.path.join("/srv", name)).read()  # sink
""",
        Flow.VALIDATED,
    ),
    "accepting-allow-list": (
        "path-traversal",
        """
ALLOWED = ["a.txt", "b.txt"]
@app.route("/f")
def f():
    name = request.args["f"]
    if name in ALLOWED:
        return open(name).read()  # sink
""",
        Flow.VALIDATED,
    ),
    "strict-regex": (
        "command-injection",
        """
@app.route("/a")
def a():
    host = request.args["h"]
    if not re.fullmatch(r"[a-z0-9.-]{1,63}", host):
        abort(400)
    subprocess.call("ping -c1 " + host, shell=True)  # sink
""",
        Flow.VALIDATED,
    ),
    "ignored-check": (
        "command-injection",
        """
@app.route("/a")
def a():
    host = request.args["h"]
    re.fullmatch(r"[a-z0-9.-]{1,63}", host)
    subprocess.call("ping -c1 " + host, shell=True)  # sink
""",
        Flow.TAINTED,
    ),
    "loose-regex-does-not-count": (
        "command-injection",
        """
@app.route("/a")
def a():
    host = request.args["h"]
    if not re.match(r"[a-z].*", host):
        abort(400)
    subprocess.call("ping " + host, shell=True)  # sink
""",
        Flow.TAINTED,
    ),
    "fitting-sanitizer": (
        "command-injection",
        """
@app.route("/a")
def a():
    subprocess.call("ls " + shlex.quote(request.args["d"]), shell=True)  # sink
""",
        Flow.SANITIZED,
    ),
    "wrong-sanitizer": (
        "path-traversal",
        """
from markupsafe import escape
@app.route("/a")
def a():
    return open(escape(request.args["f"])).read()  # sink
""",
        Flow.TAINTED,
    ),
    "numeric-conversion": (
        "sql-injection",
        """
@app.route("/a")
def a():
    n = int(request.args["n"])
    cur.execute("SELECT * FROM t WHERE id = %d" % n)  # sink
""",
        Flow.SANITIZED,
    ),
    "fastapi-typed-param": (
        "sql-injection",
        """
@router.get("/items/{item_id}")
def item(item_id: int):
    cur.execute(f"SELECT * FROM items WHERE id = {item_id}")  # sink
""",
        Flow.VALIDATED,
    ),
    "flask-path-param": (
        "sql-injection",
        """
@app.route("/u/<name>")
def user(name):
    cur.execute("SELECT * FROM u WHERE n = '%s'" % name)  # sink
""",
        Flow.TAINTED,
    ),
    "trusted-config": (
        "sql-injection",
        """
import config
def report(cur):
    table = config.get_setting("report_table")
    cur.execute("SELECT * FROM " + table)  # sink
""",
        Flow.TRUSTED,
    ),
    "caller-passes-constant": (
        "command-injection",
        """
def run(cmd):
    subprocess.call(cmd, shell=True)  # sink
def main():
    run("make build")
    run("make test")
""",
        Flow.CONSTANT,
    ),
    "caller-passes-input": (
        "command-injection",
        """
def run(cmd):
    subprocess.call(cmd, shell=True)  # sink
@app.route("/a")
def a():
    run("make " + request.args["t"])
""",
        Flow.TAINTED,
    ),
    "parameter-without-callers": (
        "command-injection",
        """
def run(cmd):
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.UNKNOWN,
    ),
    "for-over-constants": (
        "command-injection",
        """
def build():
    for step in ["lint", "test"]:
        subprocess.call("make " + step, shell=True)  # sink
""",
        Flow.CONSTANT,
    ),
    "newer-syntax-match": (
        "command-injection",
        """
@app.route("/a")
def a():
    match request.args["k"]:
        case "x":
            cmd = "ls"
        case _:
            cmd = "pwd"
    subprocess.call(cmd, shell=True)  # sink
""",
        Flow.CONSTANT,
    ),
}


def _analyse(tmp_path: Path, family: str, body: str, extra: dict[str, str] | None = None) -> pyflow.FlowResult:
    code = HEADER + body
    (tmp_path / "app.py").write_text(code)
    for rel, text in (extra or {}).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    ctx = TriageContext(tmp_path, SourceCache(tmp_path), APPROVED)
    source = ctx.sources.get("app.py")
    assert source is not None
    number = next(i for i, line in enumerate(source.lines, 1) if line.rstrip().endswith("# sink"))
    line = source.lines[number - 1]
    # Like Semgrep, point at the sink call: the first known sink callee on the line.
    start = min(line.index(s) for s in SINKS if s in line) + 1
    result, _extra = pyflow.analyse(source, ctx, family, (number, start), (number, start + 2))
    return result


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow(tmp_path: Path, name: str) -> None:
    family, body, expected = CASES[name]
    result = _analyse(tmp_path, family, body)
    assert result.flow is expected, [e.detail for e in result.evidence]
    if expected.safe:
        assert any(e.supports == "safe" and e.path and e.line for e in result.evidence) or expected is Flow.CONSTANT


def test_cross_module_constant_source(tmp_path: Path) -> None:
    body = """
from lib.settings import REPORT_QUERY
def report(cur):
    cur.execute(REPORT_QUERY)  # sink
"""
    result = _analyse(tmp_path, "sql-injection", body, {"lib/settings.py": "REPORT_QUERY = 'SELECT 1'\n"})
    assert result.flow is Flow.CONSTANT


def test_cross_module_helper_that_returns_input(tmp_path: Path) -> None:
    body = """
from lib.util import get_name
@app.route("/a")
def a():
    cur.execute("SELECT * FROM t WHERE n = '" + get_name() + "'")  # sink
"""
    helper = "from flask import request\ndef get_name():\n    return request.args['n']\n"
    result = _analyse(tmp_path, "sql-injection", body, {"lib/util.py": helper})
    assert result.flow is Flow.TAINTED


def test_dead_branch_is_reported(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        HEADER + "DEBUG = False\ndef a():\n    if DEBUG:\n        eval(request.args['x'])\n"
    )
    ctx = TriageContext(tmp_path, SourceCache(tmp_path))
    source = ctx.sources.get("app.py")
    assert source is not None
    _result, extra = pyflow.analyse(source, ctx, "code-injection", (7, 9), (7, 30))
    assert [e.kind for e in extra] == ["reachability"]
