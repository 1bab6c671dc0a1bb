"""`secops scan --decider llm` end to end: real Semgrep, the fake provider scripted from a file, the cache."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secops.cli import main
from tests.helpers import VULN_PY, make_repo
from tests.triage.fakes import verdict

RULES = str(Path(__file__).resolve().parents[1] / "assets" / "rules")


@pytest.fixture
def scanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SECOPS_RULES_DIR", RULES)
    root = tmp_path / "repo"
    make_repo(root, {"app.py": VULN_PY})
    return root


def _script(tmp_path: Path, replies: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / f"script-{len(replies)}.json"
    path.write_text(json.dumps(replies), encoding="utf-8")
    monkeypatch.setenv("SECOPS_FAKE_CHAT_SCRIPT", str(path))


def _scan(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    main(["scan", str(root), "-f", "json", "--decider", "llm", "--provider", "fake", "--llm-concurrency", "1", *extra])
    out = capsys.readouterr().out
    findings: list[dict[str, Any]] = json.loads(out[out.index("{") :])["findings"]
    assert findings
    return findings


@pytest.mark.semgrep
def test_scan_with_the_llm_decider_then_from_cache(
    scanned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _script(tmp_path, [verdict("true_positive", "confirmed by the scripted model")] * 10, monkeypatch)
    first = _scan(scanned, capsys)
    assert {f["decided_by"] for f in first} == {"llm:fake-model"}
    assert {f["justification"] for f in first} == {"confirmed by the scripted model"}

    _script(tmp_path, [], monkeypatch)  # any model call now fails: the run must be served from the cache
    again = _scan(scanned, capsys)
    assert [f["verdict"] for f in again] == [f["verdict"] for f in first]
    assert all("llm-cache" in f["flags"] for f in again)


@pytest.mark.semgrep
def test_a_zero_call_budget_uses_the_offline_decider_and_says_so(
    scanned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _script(tmp_path, [], monkeypatch)
    findings = _scan(scanned, capsys, "--max-llm-calls", "0", "--no-llm-cache")
    assert {f["decided_by"] for f in findings} == {"offline"}
    assert all(f["justification"].startswith("LLM budget exhausted (0/0 calls)") for f in findings)
    assert not (scanned / ".secops" / "cache").exists()


@pytest.mark.semgrep
def test_unknown_provider_exits_5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    code = main(["scan", str(tmp_path), "--decider", "llm", "--provider", "nope"])
    assert code == 5
    assert "unknown chat provider 'nope'" in capsys.readouterr().err
