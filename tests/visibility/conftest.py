"""Builders for visibility tests: findings, reports, result files and hand-written history lines."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from secops.gate import GateResult
from secops.models import (
    Confidence,
    Finding,
    Location,
    ScanResult,
    Severity,
    Suppression,
    SuppressionKind,
    TriagedFinding,
    Verdict,
)
from secops.report import json_report, sarif
from secops.report.interface import Report


def finding(
    fingerprint: str = "fp-1",
    rule: str = "python.injection.sql-format",
    severity: Severity = Severity.HIGH,
    suppression: Suppression | None = None,
    path: str = "app/db.py",
) -> Finding:
    return Finding(
        rule_id=rule,
        severity=severity,
        confidence=Confidence.HIGH,
        cwe=("CWE-89",),
        owasp=("A03:2021",),
        message="SQL built from request data",
        location=Location(path, 12, 5, 12, 40),
        snippet='cur.execute(f"select {q}")',
        fingerprint=fingerprint,
        family="sql-injection",
        standard="SEC-INJ-1",
        fix="use bound parameters",
        references=("https://owasp.org/Top10/A03_2021-Injection/",),
        suppression=suppression,
    )


def triaged(item: Finding, verdict: Verdict, decided_by: str = "offline", why: str = "") -> TriagedFinding:
    return TriagedFinding(
        item, verdict, 0.9, why or f"{verdict.value} by {decided_by}", decided_by, clauses=("SEC-INJ-1",)
    )


def make_report(root: Path, items: Sequence[TriagedFinding], mode: str = "full") -> Report:
    scan = ScanResult(str(root), tuple(t.finding for t in items), engine="semgrep 1.150", mode=mode, rules_version="r1")
    blocking = tuple(t for t in items if t.active and t.verdict is Verdict.TRUE_POSITIVE)
    return Report(scan, tuple(items), GateResult(Severity.HIGH, blocking), "0.1.0")


def sample_triaged(count: int = 3) -> list[TriagedFinding]:
    """TP (high), triaged FP (medium, suppressed), inline-suppressed (low), then more TPs up to `count`."""
    fp_suppression = Suppression(SuppressionKind.TRIAGE, "input is a constant from settings")
    inline = Suppression(SuppressionKind.INLINE, "test fixture", reference="tests/x.py:3")
    items = [
        triaged(finding("fp-tp"), Verdict.TRUE_POSITIVE),
        triaged(
            finding("fp-fp", severity=Severity.MEDIUM, suppression=fp_suppression),
            Verdict.FALSE_POSITIVE,
            "llm:fake",
            "the value is a constant from settings",
        ),
        triaged(finding("fp-inline", severity=Severity.LOW, suppression=inline), Verdict.FALSE_POSITIVE, "none"),
    ]
    items += [triaged(finding(f"fp-{i:04d}", path=f"app/m{i}.py"), Verdict.TRUE_POSITIVE) for i in range(count - 3)]
    return items[:count] if count < 3 else items


@pytest.fixture
def results_file(tmp_path: Path) -> Callable[..., Path]:
    """Write a `secops scan --json` document (and its SARIF twin) for `count` findings."""

    def build(count: int = 3, name: str = "results") -> Path:
        report = make_report(tmp_path / "repo", sample_triaged(count))
        (tmp_path / f"{name}.sarif").write_text(sarif.render(report), encoding="utf-8")
        path = tmp_path / f"{name}.json"
        path.write_text(json_report.render(report), encoding="utf-8")
        return path

    return build


def record(
    time: str,
    findings: Sequence[dict[str, Any]],
    repo: str = "acme/shop",
    *,
    pr: int | None = None,
    mode: str = "full",
    branch: str = "main",
    schema_version: int = 1,
) -> dict[str, Any]:
    return {
        "schema_version": schema_version,
        "run_id": f"r-{time}",
        "time": time,
        "repo": repo,
        "commit": "c0ffee",
        "branch": branch,
        "pr": pr,
        "default_branch": "main",
        "mode": mode,
        "command": "scan",
        "tool_version": "0.1.0",
        "rules_version": "r1",
        "kb_version": "k1",
        "gate": "fail",
        "findings": list(findings),
    }


def frec(
    fingerprint: str,
    severity: str = "high",
    *,
    rule: str = "python.injection.sql-format",
    verdict: str = "true_positive",
    decided_by: str = "offline",
    suppression: str | None = None,
) -> dict[str, Any]:
    return {
        "fingerprint": fingerprint,
        "rule": rule,
        "severity": severity,
        "verdict": verdict,
        "decided_by": decided_by,
        "suppression": suppression,
        "path": "app/x.py",
    }


def write_history(directory: Path, records: Sequence[dict[str, Any] | str]) -> None:
    """Append records (dicts, or raw text lines) to day files, the way LocalStore lays them out."""
    directory.mkdir(parents=True, exist_ok=True)
    for item in records:
        if isinstance(item, str):
            day, line = "2026-01-01", item
        else:
            day, line = item["time"][:10], json.dumps(item)
        with (directory / f"{day}.jsonl").open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
