"""Markdown for PR bodies, comments and the Actions step summary."""

from __future__ import annotations

from secops.models import Severity, TriagedFinding
from secops.report.interface import Report

_ICON = {
    Severity.CRITICAL: "🟥",
    Severity.HIGH: "🟧",
    Severity.MEDIUM: "🟨",
    Severity.LOW: "🟦",
    Severity.INFO: "⬜",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").strip()


def finding_block(triaged: TriagedFinding) -> list[str]:
    finding = triaged.finding
    lines = [
        f"#### {_ICON[finding.severity]} {finding.severity.value.upper()} `{finding.rule_id}` — `{finding.location}`",
        "",
        finding.message,
        "",
        f"**Verdict:** {triaged.verdict.value} ({triaged.decided_by}, confidence {triaged.confidence:.2f})"
        + (f" — {triaged.justification}" if triaged.justification else ""),
    ]
    if finding.snippet:
        lines += ["", "```", finding.snippet.rstrip(), "```"]
    if triaged.evidence:
        lines += ["", "<details><summary>Evidence</summary>", ""]
        lines += [f"- *{e.kind}* {e.detail}" + (f" (`{e.where}`)" if e.where else "") for e in triaged.evidence]
        lines += ["", "</details>"]
    clauses = triaged.clauses or ((finding.standard,) if finding.standard else ())
    if clauses:
        lines += ["", "**Standard:** " + ", ".join(f"`{c}`" for c in clauses)]
    if triaged.remediation or finding.fix:
        lines += ["", f"**Fix:** {triaged.remediation or finding.fix}"]
    return [*lines, ""]


def render(report: Report) -> str:
    gate = "✅ passed" if report.gate.passed else "❌ failed"
    counts = report.severity_counts()
    out = [
        "## secops security scan",
        "",
        f"**Gate {gate}** — {report.summary_line()}",
        "",
        "| severity | active |",
        "|---|---|",
        *(f"| {_ICON[s]} {s.value} | {counts[s]} |" for s in Severity),
        "",
    ]
    if report.active:
        out += ["### Findings", ""]
        for triaged in report.active:
            out += finding_block(triaged)
    reasons = report.suppression_reasons()
    if reasons:
        out += [f"### Suppressed {len(report.suppressed)} — why", "", "| count | reason |", "|---|---|"]
        out += [f"| {n} | {_cell(reason)} |" for reason, n in reasons]
        out.append("")
    if report.scan.warnings:
        out += [f"<details><summary>{len(report.scan.warnings)} scan warnings</summary>", ""]
        out += [f"- {_cell(str(w))}" for w in report.scan.warnings[:200]]
        out += ["", "</details>", ""]
    out.append(f"<sub>secops {report.tool_version} · {report.scan.engine} · rules {report.scan.rules_version}</sub>")
    return "\n".join(out) + "\n"
