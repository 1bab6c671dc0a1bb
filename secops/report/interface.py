"""What every renderer receives, and the summaries they share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import assert_never

from secops.gate import GateResult
from secops.models import ScanResult, Severity, TriagedFinding


@dataclass(frozen=True)
class Report:
    scan: ScanResult
    triaged: tuple[TriagedFinding, ...]
    gate: GateResult
    tool_version: str

    @property
    def active(self) -> list[TriagedFinding]:
        return [t for t in self.triaged if t.active]

    @property
    def suppressed(self) -> list[TriagedFinding]:
        return [t for t in self.triaged if t.suppressed]

    def summary_line(self) -> str:
        verdict = "PASS" if self.gate.passed else "FAIL"
        return (
            f"{len(self.triaged)} found · {len(self.suppressed)} suppressed · "
            f"{len(self.gate.blocking)} blocking (fail on {self.gate.fail_on.value}+) · gate {verdict}"
        )

    def severity_counts(self) -> dict[Severity, int]:
        counts = Counter(t.finding.severity for t in self.active)
        return {s: counts.get(s, 0) for s in Severity}

    def suppression_reasons(self) -> list[tuple[str, int]]:
        """'suppressed N — why', grouped by kind and reason, most common first."""
        reasons = Counter(
            f"{t.finding.suppression.kind.value}: {t.finding.suppression.justification}"
            for t in self.suppressed
            if t.finding.suppression is not None
        )
        return reasons.most_common()


class OutputFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"
    SARIF = "sarif"
    MARKDOWN = "markdown"

    def renderer(self) -> Callable[[Report], str]:
        from secops.report import json_report, markdown, sarif, terminal

        if self is OutputFormat.TERMINAL:
            return terminal.render
        if self is OutputFormat.JSON:
            return json_report.render
        if self is OutputFormat.SARIF:
            return sarif.render
        if self is OutputFormat.MARKDOWN:
            return markdown.render
        assert_never(self)
