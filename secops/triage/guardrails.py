"""Checks every verdict passes, whoever decided it: the quiet must be trustworthy."""

from __future__ import annotations

import dataclasses
from datetime import date

from secops.models import Evidence, Severity, Suppression, SuppressionKind, TriagedFinding, Verdict
from secops.triage.evidence import EvidenceBundle
from secops.triage.source import SourceCache


def _still_holds(evidence: Evidence, sources: SourceCache) -> bool:
    """Re-read the cited line: the code the evidence relies on must still be there."""
    if not evidence.path or evidence.line < 1:
        return False
    if not evidence.code:
        return evidence.kind == "context"  # path-derived facts need no line
    source = sources.get(evidence.path)
    if source is not None:
        return evidence.code in source.line(evidence.line).strip()
    try:
        lines = (sources.root / evidence.path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    return evidence.line <= len(lines) and evidence.code in lines[evidence.line - 1].strip()


def _demote(triaged: TriagedFinding, why: str, flag: str) -> TriagedFinding:
    return dataclasses.replace(
        triaged,
        verdict=Verdict.NEEDS_REVIEW,
        justification=f"{why} (was judged false positive: {triaged.justification})",
        flags=(*triaged.flags, flag),
    )


def enforce(triaged: TriagedFinding, bundle: EvidenceBundle, sources: SourceCache) -> TriagedFinding:
    """Demote unsafe false-positive verdicts to needs_review; attach the suppression record to the rest."""
    if bundle.injection and "prompt-injection-suspected" not in triaged.flags:
        triaged = dataclasses.replace(triaged, flags=(*triaged.flags, "prompt-injection-suspected"))
    if triaged.verdict is not Verdict.FALSE_POSITIVE or triaged.decided_by in ("human", "memory"):
        return _with_suppression(triaged)
    finding = triaged.finding
    if bundle.injection:
        return _demote(
            triaged, "text near the finding tries to instruct the reviewer; a human must decide", "guardrail"
        )
    if finding.never_suppress:
        return _demote(triaged, f"rule {finding.rule_id} is marked never_suppress", "guardrail")
    if finding.severity is Severity.CRITICAL:
        return _demote(triaged, "critical findings need a human verdict to be suppressed", "guardrail")
    cited = [e for e in triaged.evidence if e.supports == "safe"]
    if not any(_still_holds(e, sources) for e in cited):
        return _demote(triaged, "no cited evidence could be re-verified at its file:line", "guardrail")
    if bundle.flow is not None and bundle.flow.value == "tainted" and finding.verdict_basis != "api":
        contexts = {e.kind for e in cited}
        if not contexts & {"context", "exception", "reachability", "api"}:
            return _demote(triaged, "a confirmed tainted path has no fitting sanitizer", "guardrail")
    return _with_suppression(triaged)


def _with_suppression(triaged: TriagedFinding) -> TriagedFinding:
    if triaged.verdict is not Verdict.FALSE_POSITIVE or triaged.finding.suppression is not None:
        return triaged
    suppression = Suppression(
        SuppressionKind.TRIAGE,
        triaged.justification,
        who=triaged.decided_by,
        when=date.today().isoformat(),
        reference=", ".join(triaged.clauses),
    )
    return dataclasses.replace(triaged, finding=triaged.finding.replace(suppression=suppression))
