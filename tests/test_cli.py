"""The command line as a user runs it: exit codes, formats, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secops.cli import main
from tests.helpers import VULN_PY, make_repo

RULES = str(Path(__file__).parent / "assets" / "rules")


@pytest.fixture(autouse=True)
def _rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOPS_RULES_DIR", RULES)


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "secops 0.1.0" in capsys.readouterr().out
    assert main(["--help"]) == 0


@pytest.mark.semgrep
def test_scan_exit_codes_follow_the_gate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    assert main(["scan", str(tmp_path), "--no-triage"]) == 1
    assert main(["scan", str(tmp_path), "--no-triage", "--fail-on", "critical"]) == 0
    out = tmp_path / "out"
    code = main(["scan", str(tmp_path), "--no-triage", "-f", "json", "--sarif", str(out / "r.sarif"),
                 "--markdown", str(out / "r.md"), "--json", str(out / "r.json")])  # fmt: skip
    assert code == 1
    stdout = capsys.readouterr().out
    document = json.loads(stdout[stdout.index("{") :])
    assert document["summary"]["blocking"] == 1
    assert (out / "r.sarif").is_file() and (out / "r.md").is_file() and (out / "r.json").is_file()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["scan", "/definitely/not/here"], "does not exist"),
        (["scan", "--format", "xml"], "unknown --format"),
        (["scan", "--staged", "--diff", "main"], "cannot be combined"),
    ],
)
def test_usage_errors_exit_2_with_a_fix(args: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert needle in err and "error:" in err


def test_malformed_policy_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY, ".secops.yaml": "gate:\n  fail_on: high\n  fial_on: low\n"})
    assert main(["scan", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "key 'gate.fial_on': unknown key" in err and ".secops.yaml:3" in err


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("gate: [\n", "not valid YAML"),
        (
            "exceptions:\n  - rule: x\n    reason: short\n    owner: me@x\n    expires: 2027-01-01\n",
            "exceptions[0].reason",
        ),
        ("gate:\n  fail_on: urgent\n", "gate.fail_on"),
    ],
)
def test_policy_errors(tmp_path: Path, content: str, needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    make_repo(tmp_path, {"app.py": "x = 1\n", ".secops.yaml": content})
    assert main(["scan", str(tmp_path)]) == 2
    assert needle in capsys.readouterr().err


def test_pyproject_tool_secops_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY, "pyproject.toml": '[tool.secops.gate]\nfail_on = "critical"\n'})
    assert main(["scan", str(tmp_path), "--no-triage"]) == 0
    (tmp_path / "pyproject.toml").write_text('[tool.secops.gate]\nfail_om = "critical"\n')
    assert main(["scan", str(tmp_path), "--no-triage"]) == 2
    assert "pyproject.toml:1" in capsys.readouterr().err


def test_internal_errors_write_a_crash_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from secops.errors import ExitCode, run_guarded

    monkeypatch.setenv("SECOPS_STATE_DIR", str(tmp_path))

    def boom() -> int:
        raise RuntimeError("kaput")

    assert run_guarded(boom) == ExitCode.INTERNAL
    assert "kaput" in (tmp_path / "crash.log").read_text()


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from secops.cli import main; main(['--help']);"
        "heavy = [m for m in ('chromadb', 'langchain', 'boto3', 'git', 'bm25s', 'numpy') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")
