"""Triage a scan: collect evidence, decide, enforce guardrails. No finding is ever lost."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from secops.models import Finding, ScanResult, TriagedFinding
from secops.policy import Policy
from secops.triage import offline, pyflow
from secops.triage.evidence import EvidenceBundle, collect
from secops.triage.guardrails import enforce
from secops.triage.interface import TriageContext
from secops.triage.memory import Memory
from secops.triage.source import SourceCache

log = logging.getLogger(__name__)
DeciderFn = Callable[[EvidenceBundle], TriagedFinding]


def build_context(source_root: Path, index: object | None = None) -> TriageContext:
    from secops.knowledge.catalog import load_approved, load_exceptions

    ctx = TriageContext(
        root=source_root,
        sources=SourceCache(source_root),
        approved=load_approved().entries,
        exceptions=load_exceptions().exceptions,
        index=index,  # type: ignore[arg-type]
    )
    ctx.notes["python_files"] = "\n".join(pyflow.repo_python_files(source_root))
    return ctx


def triage_findings(
    findings: Sequence[Finding], ctx: TriageContext, memory: Memory, decide: DeciderFn = offline.decide
) -> list[TriagedFinding]:
    out = []
    for finding in findings:
        try:
            bundle = collect(finding, ctx, memory)
            out.append(enforce(decide(bundle), bundle, ctx.sources))
        except Exception as exc:  # a collector bug must not lose the finding
            log.warning("triage failed for %s: %s", finding.location, exc)
            out.append(TriagedFinding.untriaged(finding, f"triage failed ({type(exc).__name__}); needs a human"))
    return out


def triage_result(result: ScanResult, policy: Policy, root: Path, index: object | None = None) -> list[TriagedFinding]:
    source_root = Path(str(result.extra.get("source_root", root)))
    ctx = build_context(source_root, index)
    memory = Memory.load(root)
    return triage_findings(result.findings, ctx, memory)
