"""The merge gate: which triaged findings block, by policy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from secops.models import Severity, TriagedFinding, Verdict
from secops.policy import Gate


@dataclass(frozen=True)
class GateResult:
    fail_on: Severity
    blocking: tuple[TriagedFinding, ...]

    @property
    def passed(self) -> bool:
        return not self.blocking


def evaluate(triaged: Sequence[TriagedFinding], gate: Gate) -> GateResult:
    """Active findings at or above `fail_on` block, unless triage showed them false (then they are suppressed)."""
    blocking = tuple(
        t
        for t in triaged
        if t.active
        and t.finding.severity.rank >= gate.fail_on.rank
        and (t.verdict is Verdict.TRUE_POSITIVE or (t.verdict is Verdict.NEEDS_REVIEW and gate.block_needs_review))
    )
    return GateResult(gate.fail_on, blocking)
