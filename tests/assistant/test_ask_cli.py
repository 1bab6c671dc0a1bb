"""`secops ask` and `secops eval --assistant` through the command line (typer's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from secops.cli import app
from tests.assistant.conftest import Kb

runner = CliRunner()


def test_ask_prints_an_extractive_answer_with_its_sources(kb_env: Kb) -> None:
    result = runner.invoke(app, ["ask", "What RSA key size do we require?"])
    assert result.exit_code == 0, result.output
    assert "Extractive answer" in result.output
    assert "3072 bits" in result.output and "[SEC-CRYPTO-3]" in result.output
    assert "Sources:" in result.output
    assert "SEC-CRYPTO-3  Use keys of sufficient size  (standards/cryptography.md:" in result.output


def test_ask_json_has_answer_citations_provider_and_grounded(kb_env: Kb) -> None:
    result = runner.invoke(app, ["ask", "--json", "Can I use MD5 to build a cache key?"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"answer", "citations", "provider", "grounded"} <= set(data)
    assert data["provider"] == "extractive" and data["grounded"] is True
    first = data["citations"][0]
    assert first["clause_id"] == "SEC-CRYPTO-1"
    assert first["title"] == "Do not use MD5 or SHA-1 for security purposes"
    assert first["where"] == f"{first['path']}:{first['line']}" and first["path"] == "standards/cryptography.md"
    assert "usedforsecurity=False" in data["answer"]


def test_ask_json_declines_what_the_standards_do_not_cover(kb_env: Kb) -> None:
    result = runner.invoke(app, ["ask", "--json", "How do I submit my expenses for the conference trip?"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["grounded"] is False and data["citations"] == []
    assert "Not covered by the security standards" in data["answer"]
    assert "SEC-EXC-1" in data["answer"] and len(data["sources"]) == 3


def test_ask_about_a_finding_from_the_last_scan(
    kb_env: Kb, scanned_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(scanned_repo)
    result = runner.invoke(app, ["ask", "--json", "--finding", "f1e2d3c4", "how do I fix this?"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["finding"] == "f1e2d3c4b5a6978812345678"
    assert data["citations"][0]["clause_id"] == "SEC-CRYPTO-1"
    assert "token = hashlib.md5(user_id.encode()).hexdigest()" in data["answer"]


def test_ask_about_a_finding_in_a_results_file(kb_env: Kb, scanned_repo: Path) -> None:
    results = scanned_repo / ".secops" / "last-scan.json"
    result = runner.invoke(app, ["ask", "--finding", "f1e2d3", "--results", str(results)])
    assert result.exit_code == 0, result.output
    assert "python.crypto.weak-hash.hashlib-md5-sha1" in result.output and "[SEC-CRYPTO-1]" in result.output


def test_ask_with_an_unknown_fingerprint_says_how_to_fix_it(kb_env: Kb, scanned_repo: Path) -> None:
    results = scanned_repo / ".secops" / "last-scan.json"
    result = runner.invoke(app, ["ask", "--finding", "deadbeef", "--results", str(results), "why?"])
    assert result.exit_code == 2
    assert "no finding has fingerprint 'deadbeef'" in result.output


def test_ask_without_a_question_is_a_usage_error(kb_env: Kb) -> None:
    result = runner.invoke(app, ["ask"])
    assert result.exit_code == 2
    assert "ask a question" in result.output


def test_ask_with_the_fake_provider(kb_env: Kb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "replies.json"
    script.write_text(json.dumps(["Use AES-GCM or ChaCha20-Poly1305 [SEC-CRYPTO-2]. Keys: [SEC-CRYPTO-9]."]))
    monkeypatch.setenv("SECOPS_FAKE_CHAT_SCRIPT", str(script))
    result = runner.invoke(app, ["ask", "--json", "--provider", "fake", "Which cipher should I use?"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["provider"] == "fake:fake-model"
    assert [c["clause_id"] for c in data["citations"]] == ["SEC-CRYPTO-2"]
    assert data["removed_citations"] == ["SEC-CRYPTO-9"] and "SEC-CRYPTO-9" not in data["answer"]


def test_an_unknown_provider_is_a_provider_error(kb_env: Kb) -> None:
    result = runner.invoke(app, ["ask", "--provider", "nosuch", "Which cipher should I use?"])
    assert result.exit_code == 5
    assert "unknown chat provider 'nosuch'" in result.output


def test_eval_assistant_reports_citations_and_declines(kb_env: Kb) -> None:
    result = runner.invoke(app, ["eval", "--assistant", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["provider"] == "extractive"
    assert data["questions"] == 6 and data["in_scope"] == 4 and data["out_of_scope"] == 2
    assert data["citation_hit_rate"] == 1.0
    assert data["out_of_scope_declined"] == 1.0
    assert data["must_contain_hit_rate"] == 1.0
    assert 0.0 < data["citation_precision"] <= 1.0 and data["citation_recall"] == 1.0


def test_eval_assistant_table(kb_env: Kb) -> None:
    result = runner.invoke(app, ["eval", "--assistant"])
    assert result.exit_code == 0, result.output
    assert "correct clause cited (in scope)   1.000" in result.output
    assert "out-of-scope declined             1.000" in result.output
