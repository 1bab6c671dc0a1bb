"""The terminal report: grouped by severity, with code and fix guidance. Honours NO_COLOR and non-TTYs."""

from __future__ import annotations

import io
import os
import sys

from rich.console import Console
from rich.syntax import Syntax
from rich.text import Text

from secops.models import Severity
from secops.report.interface import Report

_STYLE = {
    Severity.CRITICAL: "bold white on red",
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}


def _console(buffer: io.StringIO) -> Console:
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return Console(file=buffer, force_terminal=color, no_color=not color, width=110, highlight=False)


def render(report: Report) -> str:
    buffer = io.StringIO()
    console = _console(buffer)
    for severity in Severity:
        group = [t for t in report.active if t.finding.severity is severity]
        if not group:
            continue
        console.rule(Text(f"{severity.value.upper()} ({len(group)})", style=_STYLE[severity]))
        for triaged in group:
            finding = triaged.finding
            console.print(Text(f"{finding.location}  {finding.rule_id}", style="bold"))
            console.print(f"  {finding.message}", soft_wrap=False)
            if finding.snippet:
                lexer = Syntax.guess_lexer(finding.location.path, code=finding.snippet)
                console.print(
                    Syntax(finding.snippet, lexer, line_numbers=True, start_line=finding.location.start_line,
                           word_wrap=True, theme="ansi_dark")
                )  # fmt: skip
            console.print(
                f"  verdict: {triaged.verdict.value} ({triaged.decided_by})"
                + (f" — {triaged.justification}" if triaged.justification else "")
            )
            clauses = triaged.clauses or ((finding.standard,) if finding.standard else ())
            if clauses:
                console.print(f"  standard: {', '.join(clauses)}")
            if triaged.remediation or finding.fix:
                console.print(f"  fix: {triaged.remediation or finding.fix}")
            console.print()
    reasons = report.suppression_reasons()
    if reasons:
        console.print(Text(f"suppressed {len(report.suppressed)} — why:", style="bold"))
        for reason, count in reasons:
            console.print(f"  {count:>3} × {reason}")
    if report.scan.warnings:
        console.print(Text(f"{len(report.scan.warnings)} warning(s):", style="bold yellow"))
        for warning in report.scan.warnings[:50]:
            console.print(f"  ! {warning}")
        if len(report.scan.warnings) > 50:
            console.print(f"  … {len(report.scan.warnings) - 50} more (see --json)")
    style = "bold green" if report.gate.passed else "bold red"
    console.print(Text(report.summary_line(), style=style))
    return buffer.getvalue()
