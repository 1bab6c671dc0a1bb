"""SARIF 2.1.0 for GitHub code scanning: rules with help and tags, fingerprints, suppressions, notifications."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from secops.models import Finding, SuppressionKind, TriagedFinding
from secops.report.interface import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "secopsFingerprint/v1"
_PRECISION = {"high": "high", "medium": "medium", "low": "low"}


def _rule_entry(finding: Finding) -> dict[str, Any]:
    first_line = finding.message.split(". ")[0].rstrip(".") + "."
    help_lines = [f"**{finding.rule_id}**", "", finding.message]
    if finding.standard:
        help_lines += ["", f"Standard: `{finding.standard}`"]
    if finding.references:
        help_lines += ["", "References:", *(f"- {r}" for r in finding.references)]
    entry: dict[str, Any] = {
        "id": finding.rule_id,
        "name": finding.rule_id.rsplit(".", 1)[-1],
        "shortDescription": {"text": first_line[:1000]},
        "fullDescription": {"text": finding.message},
        "help": {"text": finding.message, "markdown": "\n".join(help_lines)},
        "defaultConfiguration": {"level": finding.severity.sarif_level},
        "properties": {
            "tags": ["security", *finding.cwe, *finding.owasp, *([finding.family] if finding.family else [])],
            "security-severity": finding.severity.security_severity,
            "precision": _PRECISION.get(finding.confidence.value, "medium"),
            "problem.severity": "error" if finding.severity.rank >= 3 else "warning",
        },
    }
    if finding.references:
        entry["helpUri"] = finding.references[0]
    return entry


def _suppressions(triaged: TriagedFinding) -> list[dict[str, Any]]:
    suppression = triaged.finding.suppression
    if suppression is None:
        return []
    justification = suppression.justification
    if suppression.kind is SuppressionKind.TRIAGE and triaged.clauses:
        justification = f"{justification} [{', '.join(triaged.clauses)}]"
    return [
        {
            "kind": "inSource" if suppression.kind is SuppressionKind.INLINE else "external",
            "status": "accepted",
            "justification": justification[:1000],
            "properties": {
                "secopsKind": suppression.kind.value,
                "who": suppression.who,
                "expires": suppression.expires.isoformat() if suppression.expires else None,
                "reference": suppression.reference,
            },
        }
    ]


def _result(triaged: TriagedFinding, rule_index: int) -> dict[str, Any]:
    finding = triaged.finding
    loc = finding.location
    region: dict[str, Any] = {
        "startLine": loc.start_line,
        "startColumn": max(loc.start_col, 1),
        "endLine": max(loc.end_line, loc.start_line),
        "endColumn": max(loc.end_col, 1),
    }
    if finding.snippet:
        region["snippet"] = {"text": finding.snippet}
    return {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": finding.severity.sarif_level,
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": loc.path, "uriBaseId": "%SRCROOT%"},
                    "region": region,
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "suppressions": _suppressions(triaged),
        "properties": {
            "severity": finding.severity.value,
            "verdict": triaged.verdict.value,
            "confidence": triaged.confidence,
            "decidedBy": triaged.decided_by,
            "justification": triaged.justification,
            "clauses": list(triaged.clauses),
            "evidence": [
                {"kind": e.kind, "detail": e.detail, "location": e.where, "supports": e.supports}
                for e in triaged.evidence
            ],
            "flags": list(triaged.flags),
        },
    }


def to_sarif(report: Report) -> dict[str, Any]:
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    results = []
    for triaged in report.triaged:
        rule_id = triaged.finding.rule_id
        if rule_id not in index:
            index[rule_id] = len(rules)
            rules.append(_rule_entry(triaged.finding))
        results.append(_result(triaged, index[rule_id]))
    notifications = [
        {
            "level": "warning" if w.code != "semgrep-error" else "error",
            "message": {"text": w.message},
            "descriptor": {"id": w.code},
            **(
                {
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": w.path, "uriBaseId": "%SRCROOT%"},
                                **({"region": {"startLine": w.line}} if w.line else {}),
                            }
                        }
                    ]
                }
                if w.path and not w.path.startswith("/")
                else {}
            ),
        }  # fmt: skip
        for w in report.scan.warnings
    ]
    root_uri = Path(report.scan.root).absolute().as_uri().rstrip("/") + "/"
    run = {
        "tool": {
            "driver": {
                "name": "secops",
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "informationUri": "https://github.com/secops-dev/secops",
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"secops/{report.scan.mode}/"},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": notifications,
                "properties": {"engine": report.scan.engine, "rulesVersion": report.scan.rules_version},
            }
        ],
        "results": results,
        "properties": {"gate": {"failOn": report.gate.fail_on.value, "blocking": len(report.gate.blocking)}},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json.dumps(to_sarif(report), indent=2) + "\n"
