"""The versioned JSON result document (docs/json-schema.md), and reading it back."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from secops.errors import ConfigError
from secops.models import (
    Confidence,
    Evidence,
    Finding,
    Location,
    ScanResult,
    ScanWarning,
    Severity,
    Suppression,
    SuppressionKind,
    TriagedFinding,
    Verdict,
)
from secops.report.interface import Report

SCHEMA_VERSION = 1


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _plain(value: Any) -> Any:
    """`dataclasses.asdict` without its deep copies (every result type is frozen), enums and dates as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def triaged_dict(triaged: TriagedFinding) -> dict[str, Any]:
    return {
        **_plain(triaged.finding),
        "verdict": triaged.verdict.value,
        "verdict_confidence": triaged.confidence,
        "justification": triaged.justification,
        "decided_by": triaged.decided_by,
        "evidence": _plain(triaged.evidence),
        "clauses": list(triaged.clauses),
        "remediation": triaged.remediation,
        "flags": list(triaged.flags),
    }


def to_document(report: Report) -> dict[str, Any]:
    scan = report.scan
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "secops", "version": report.tool_version},
        "scan": {
            "root": scan.root,
            "mode": scan.mode,
            "engine": scan.engine,
            "rules_version": scan.rules_version,
            "files_scanned": scan.files_scanned,
            "rules_run": scan.rules_run,
        },
        "summary": {
            "total": len(report.triaged),
            "suppressed": len(report.suppressed),
            "blocking": len(report.gate.blocking),
            "fail_on": report.gate.fail_on.value,
            "gate": "pass" if report.gate.passed else "fail",
            "by_severity": {s.value: n for s, n in report.severity_counts().items()},
        },
        "findings": [triaged_dict(t) for t in report.triaged],
        "warnings": _plain(scan.warnings),
    }


_last_rendered: tuple[Report, str] | None = None


def render(report: Report) -> str:
    # A scan renders its (frozen) report twice, for .secops/last-scan.json and for `-f json`: once is enough.
    global _last_rendered
    if _last_rendered is None or _last_rendered[0] is not report:
        _last_rendered = (report, json.dumps(to_document(report), indent=2) + "\n")
    return _last_rendered[1]


def _finding_from(data: dict[str, Any]) -> Finding:
    supp = data.get("suppression")
    suppression = None
    if supp:
        expires = supp.get("expires")
        suppression = Suppression(
            SuppressionKind(supp["kind"]),
            supp.get("justification", ""),
            supp.get("who", ""),
            supp.get("when", ""),
            date.fromisoformat(expires) if expires else None,
            supp.get("reference", ""),
        )
    return Finding(
        rule_id=data["rule_id"],
        severity=Severity(data["severity"]),
        confidence=Confidence(data["confidence"]),
        cwe=tuple(data.get("cwe", ())),
        owasp=tuple(data.get("owasp", ())),
        message=data.get("message", ""),
        location=Location(**data["location"]),
        snippet=data.get("snippet", ""),
        fingerprint=data["fingerprint"],
        family=data.get("family", ""),
        standard=data.get("standard", ""),
        fix=data.get("fix"),
        verdict_basis=data.get("verdict_basis", "dataflow"),
        never_suppress=bool(data.get("never_suppress", False)),
        tags=tuple(data.get("tags", ())),
        references=tuple(data.get("references", ())),
        suppression=suppression,
    )


def load_document(path: Path) -> tuple[ScanResult, list[TriagedFinding]]:
    """Read a `--json` result file back (for re-triage and exports)."""
    fix = "pass a file written by `secops scan --json FILE`"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"results file {path} does not exist", hint=fix) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", 1)
        raise ConfigError(f"results file is not valid JSON: {exc}", where=f"{path}:{line}", hint=fix) from exc
    if not isinstance(document, dict) or document.get("schema_version") != SCHEMA_VERSION:
        version = document.get("schema_version") if isinstance(document, dict) else None
        raise ConfigError(f"unsupported results schema_version {version!r}", where=f"{path}:1", hint=fix)
    try:
        triaged = [
            TriagedFinding(
                finding=_finding_from(item),
                verdict=Verdict(item.get("verdict", "needs_review")),
                confidence=float(item.get("verdict_confidence", 0.0)),
                justification=item.get("justification", ""),
                decided_by=item.get("decided_by", "none"),
                evidence=tuple(Evidence(**e) for e in item.get("evidence", [])),
                clauses=tuple(item.get("clauses", ())),
                remediation=item.get("remediation", ""),
                flags=tuple(item.get("flags", ())),
            )
            for item in document.get("findings", [])
        ]
        meta = document.get("scan", {})
        scan = ScanResult(
            root=meta.get("root", "."),
            findings=tuple(t.finding for t in triaged),
            warnings=tuple(ScanWarning(**w) for w in document.get("warnings", [])),
            files_scanned=int(meta.get("files_scanned", 0)),
            rules_run=int(meta.get("rules_run", 0)),
            engine=meta.get("engine", ""),
            mode=meta.get("mode", "full"),
            rules_version=meta.get("rules_version", ""),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"results file has a malformed finding: {exc}", where=str(path), hint=fix) from exc
    return scan, triaged
