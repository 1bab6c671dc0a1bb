from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from secops.knowledge.cli import app

runner = CliRunner()


@pytest.fixture
def env(kb_dir: Path, index_dir: Path, rules_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SECOPS_KB_DIR", str(kb_dir))
    monkeypatch.setenv("SECOPS_INDEX_DIR", str(index_dir))
    monkeypatch.setenv("SECOPS_RULES_DIR", str(rules_dir))
    return kb_dir


def test_index_then_up_to_date(env: Path) -> None:
    first = runner.invoke(app, ["index"])
    assert first.exit_code == 0, first.output
    assert "index: 11 clauses from 4 files" in first.stdout
    assert "offline/hashing-v1, 4096 dims" in first.stdout
    assert "embedded 11 clauses" in first.stdout
    second = runner.invoke(app, ["index"])
    assert second.exit_code == 0
    assert "up to date: nothing embedded" in second.stdout
    (env / "standards" / "python.md").unlink()
    third = runner.invoke(app, ["index"])
    assert "removed standards/python.md" in third.stdout
    rebuilt = runner.invoke(app, ["index", "--rebuild"])
    assert "embedded 9 clauses" in rebuilt.stdout


def test_search_text_and_json(env: Path) -> None:
    result = runner.invoke(app, ["search", "SQLi in a report query", "-k", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1. SEC-INJ-1  ") and lines[0].endswith("Use parameterised queries for all SQL")
    assert lines[1].strip() == "standards/injection.md:17"
    result = runner.invoke(app, ["search", "unsafe loading", "--json", "--lang", "python", "--cwe", "CWE-502"])
    data = json.loads(result.stdout)
    assert {hit["clause_id"] for hit in data["hits"]} == {"SEC-PY-1", "SEC-PY-2"}
    assert set(data["hits"][0]) == {"clause_id", "title", "score", "snippet", "where", "standard"}
    assert runner.invoke(app, ["search", "SEC-CRYPTO-2", "--json"]).stdout.count('"clause_id"') == 5


def test_lint(env: Path) -> None:
    assert runner.invoke(app, ["lint"]).stdout.strip() == "knowledge base OK"
    path = env / "approved.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("SEC-INJ-2", "SEC-INJ-9"), encoding="utf-8")
    result = runner.invoke(app, ["lint"])
    assert result.exit_code == 1
    assert "approved.yaml:11: approved-clause: cites SEC-INJ-9, which does not exist" in result.stdout
    assert "1 problem" in result.stderr


def test_eval(env: Path) -> None:
    result = runner.invoke(app, ["eval", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["questions"] == 10 and data["recall@3"] >= 0.9
    text = runner.invoke(app, ["eval", "--provider", "offline"]).stdout
    assert text.startswith("questions   10\nrecall@1")


def test_errors_are_messages_with_exit_codes(env: Path, index_dir: Path) -> None:
    index_dir.mkdir()
    (index_dir / "chroma.sqlite3").write_bytes(b"garbage" * 200)
    result = runner.invoke(app, ["search", "sql"])
    assert result.exit_code == 4
    assert "Traceback" not in result.output
    assert "error: opening the index failed" in result.stderr
    assert "fix: the index directory is corrupt or unreadable: run `secops kb index --rebuild`" in result.stderr
    assert runner.invoke(app, ["index", "--rebuild"]).exit_code == 0
    result = runner.invoke(app, ["search", "sql", "--provider", "nope"])
    assert result.exit_code == 5 and "unknown embedding provider 'nope'" in result.stderr
    bad = env / "standards" / "secrets.md"
    bad.write_text(bad.read_text(encoding="utf-8").replace("status: active", "status: someday"), encoding="utf-8")
    result = runner.invoke(app, ["index"])
    assert result.exit_code == 2
    assert "secrets.md:6" in result.stderr and "key 'status'" in result.stderr


def test_no_arguments_shows_help() -> None:
    result = runner.invoke(app, [])
    assert "index" in result.output and "search" in result.output and "lint" in result.output
