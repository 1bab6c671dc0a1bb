"""The default decider: deterministic rules over evidence. Safe only when evidence shows it is safe."""

from __future__ import annotations

from secops.models import Confidence, TriagedFinding, Verdict
from secops.triage.evidence import EvidenceBundle
from secops.triage.interface import Flow

_RULE_CONFIDENCE = {Confidence.HIGH: 0.9, Confidence.MEDIUM: 0.75, Confidence.LOW: 0.6}


def _verdict(
    bundle: EvidenceBundle, verdict: Verdict, confidence: float, why: str, decided_by: str = "offline"
) -> TriagedFinding:
    return TriagedFinding(
        finding=bundle.finding,
        verdict=verdict,
        confidence=round(confidence, 2),
        justification=why,
        decided_by=decided_by,
        evidence=bundle.evidence,
        clauses=bundle.clauses,
        remediation=bundle.remediation,
    )


def decide(bundle: EvidenceBundle) -> TriagedFinding:
    finding = bundle.finding
    if bundle.memory is not None:
        verdict = Verdict(bundle.memory.verdict)
        why = f"{bundle.memory.author} on {bundle.memory.date}: {bundle.memory.reason}"
        return _verdict(bundle, verdict, 1.0, why, "memory")
    safe = bundle.safe()
    by_kind = {e.kind: e for e in safe}
    secret = finding.family == "hardcoded-secret"
    if "exception" in by_kind:
        return _verdict(bundle, Verdict.FALSE_POSITIVE, 0.9, by_kind["exception"].detail)
    if "reachability" in by_kind:
        return _verdict(bundle, Verdict.FALSE_POSITIVE, 0.85, by_kind["reachability"].detail)
    if "context" in by_kind and not secret:
        return _verdict(bundle, Verdict.FALSE_POSITIVE, 0.8, by_kind["context"].detail)
    if finding.verdict_basis == "api":
        if "api" in by_kind:
            return _verdict(bundle, Verdict.FALSE_POSITIVE, 0.85, by_kind["api"].detail)
        why = f"the API alone decides this {finding.family or 'finding'}; data flow cannot make it safe"
        return _verdict(bundle, Verdict.TRUE_POSITIVE, _RULE_CONFIDENCE[finding.confidence], why)
    if not bundle.parsed:
        return _verdict(bundle, Verdict.NEEDS_REVIEW, 0.5, "the code could not be parsed, so nothing shows it is safe")
    if bundle.flow is None:
        return _verdict(
            bundle,
            Verdict.NEEDS_REVIEW,
            0.5,
            "no data-flow analysis for this language yet; a human should confirm",
        )
    if bundle.flow is Flow.TAINTED:
        source = next((e for e in bundle.evidence if e.supports == "vulnerable" and e.kind == "dataflow"), None)
        why = (
            f"untrusted input reaches the sink: {source.detail} at {source.where}"
            if source
            else "untrusted input reaches the sink"
        )
        return _verdict(bundle, Verdict.TRUE_POSITIVE, 0.9, why)
    if bundle.flow.safe:
        reasons = [e for e in safe if e.kind == "dataflow"]
        lead = reasons[-1] if reasons else None
        why = {
            Flow.CONSTANT: "the value reaching the sink is a constant or chosen only from constants",
            Flow.SANITIZED: "the value passes through an approved sanitizer that fits this sink",
            Flow.VALIDATED: "a check rejects dangerous values before the sink",
            Flow.TRUSTED: "the value comes from a source the organisation declares trusted",
        }[bundle.flow]
        if lead is not None:
            why = f"{why}: {lead.detail} ({lead.where})"
        return _verdict(bundle, Verdict.FALSE_POSITIVE, 0.8, why)
    return _verdict(
        bundle,
        Verdict.NEEDS_REVIEW,
        0.55,
        "Semgrep reports a path but its origin could not be confirmed or ruled out",
    )
