"""`secops metrics`, `secops dashboard` and `secops scan --history` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secops.cli import main
from secops.errors import ExitCode
from tests.helpers import VULN_PY, make_repo
from tests.visibility.conftest import frec, record, write_history
from tests.visibility.test_metrics import _history

RULES = str(Path(__file__).resolve().parent.parent / "assets" / "rules")
MEMORY = """\
version: 1
entries:
- fingerprint: a
  verdict: true_positive
  reason: confirmed when the GitHub alert was reviewed
  author: octocat
  date: '2026-01-20'
  code_hash: x
  rule_id: r.sql
  path: app/x.py
  source: github
"""


def test_metrics_json_uses_the_repos_triage_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _history(tmp_path / "history")
    checkout = tmp_path / "checkout"
    (checkout / ".secops").mkdir(parents=True)
    (checkout / ".secops" / "triage.yaml").write_text(MEMORY)
    monkeypatch.setenv("SECOPS_REPO", "acme/shop")
    monkeypatch.setenv("SECOPS_HISTORY", str(tmp_path / "history"))
    assert main(["metrics", "--json", "--root", str(checkout), "--repo", "acme/shop"]) == 0
    document = json.loads(capsys.readouterr().out)
    shop = document["repos"][0]
    assert shop["scope"] == "acme/shop" and shop["human_sources"] == {"human": 2, "github": 1}
    assert document["deadlines"]["source"].startswith("SEC-VULN-2") and document["deadlines"]["days"]["critical"] == 7
    assert shop["agreement"][0] == {"decider": "all", "compared": 2, "confirmed": 1, "overturned": 1, "fp_to_tp": 1,
                                    "tp_to_fp": 0, "deferred": 1, "rate": 0.5}  # fmt: skip


def test_metrics_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _history(tmp_path)
    assert main(["metrics", "--history", str(tmp_path), "--bucket", "month"]) == 0
    out = capsys.readouterr().out
    for needle in ("time to remediate", "opened / closed per month", "noise by reason", "top rules by noise",
                   "triage vs later human verdicts", "per repository:"):  # fmt: skip
        assert needle in out


def test_corrupt_lines_warn_and_newer_records_stop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_history(tmp_path, [record("2026-01-01T00:00:00Z", [frec("a")]), "{oops"])
    assert main(["metrics", "--history", str(tmp_path)]) == 0
    assert f"warning: {tmp_path / '2026-01-01.jsonl'}:2: skipped a corrupt history line" in capsys.readouterr().err
    write_history(tmp_path, [record("2026-01-02T00:00:00Z", [], schema_version=7)])
    assert main(["metrics", "--history", str(tmp_path)]) == int(ExitCode.USAGE)
    err = capsys.readouterr().err
    assert "schema_version 7" in err and "2026-01-02.jsonl:1" in err and "fix: upgrade secops" in err


def test_dashboard_writes_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _history(tmp_path / "h")
    out = tmp_path / "out" / "report.html"
    assert main(["dashboard", "--history", str(tmp_path / "h"), "--out", str(out), "--since", "2026-01-01"]) == 0
    assert "(6 runs, 2 repositories)" in capsys.readouterr().out
    html = out.read_text()
    assert html.startswith("<!doctype html>") and 'data-repo="acme/shop"' in html


@pytest.mark.semgrep
def test_scan_appends_a_run_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SECOPS_RULES_DIR", RULES)
    make_repo(tmp_path / "repo", {"app.py": VULN_PY})
    history = tmp_path / "history"
    assert main(["scan", str(tmp_path / "repo"), "--no-triage", "--history", str(history)]) == 1
    monkeypatch.setenv("SECOPS_HISTORY", str(history))
    assert main(["scan", str(tmp_path / "repo"), "--no-triage", "-f", "json"]) == 1
    assert "recorded this run in" in capsys.readouterr().err
    (day,) = history.iterdir()
    runs = [json.loads(line) for line in day.read_text().splitlines()]
    assert len(runs) == 2 and runs[0]["repo"] == "repo" and runs[0]["branch"] == "main" and len(runs[0]["commit"]) == 40
    assert runs[0]["findings"] and {f["decided_by"] for f in runs[0]["findings"]} == {"none"}
    assert runs[0]["findings"] == runs[1]["findings"]


@pytest.mark.semgrep
def test_scan_with_a_missing_bucket_still_reports_then_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    moto = pytest.importorskip("moto")
    monkeypatch.setenv("SECOPS_RULES_DIR", RULES)
    for name, value in (
        ("AWS_ACCESS_KEY_ID", "t"),
        ("AWS_SECRET_ACCESS_KEY", "t"),
        ("AWS_DEFAULT_REGION", "us-east-1"),
    ):
        monkeypatch.setenv(name, value)
    make_repo(tmp_path / "repo", {"app.py": VULN_PY})
    with moto.mock_aws():
        code = main(["scan", str(tmp_path / "repo"), "--no-triage", "--history", "s3://no-such-bucket/secops"])
    captured = capsys.readouterr()
    assert code == int(ExitCode.USAGE) and "app.py" in captured.out
    assert "the bucket no-such-bucket does not exist" in captured.err and "fix:" in captured.err
