"""Triage a scan: collect evidence, decide, enforce guardrails. No finding is ever lost."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from secops.errors import UsageError
from secops.models import Finding, ScanResult, TriagedFinding
from secops.policy import Policy, TriageOptions
from secops.triage import offline
from secops.triage.evidence import EvidenceBundle, collect
from secops.triage.guardrails import enforce
from secops.triage.interface import TriageContext
from secops.triage.memory import Memory
from secops.triage.source import SourceCache

if TYPE_CHECKING:
    from secops.triage.llm import LlmSettings

log = logging.getLogger(__name__)
DECIDERS = ("offline", "llm")


def resolve_decider(triage: TriageOptions, flag: str | None = None) -> str:
    """--decider, else SECOPS_DECIDER, else the policy's `triage.decider`."""
    chosen = (flag or os.environ.get("SECOPS_DECIDER") or triage.decider).strip().lower()
    if chosen not in DECIDERS:
        raise UsageError(f"unknown decider {chosen!r}", hint=f"choose one of: {', '.join(DECIDERS)}")
    return chosen


DeciderFn = Callable[[EvidenceBundle], TriagedFinding]
BatchDeciderFn = Callable[[Sequence[EvidenceBundle]], list[TriagedFinding]]


def build_context(source_root: Path, index: object | None = None) -> TriageContext:
    from secops.knowledge.catalog import load_approved, load_exceptions

    ctx = TriageContext(
        root=source_root,
        sources=SourceCache(source_root),
        approved=load_approved().entries,
        exceptions=load_exceptions().exceptions,
        index=index,  # type: ignore[arg-type]
    )
    return ctx


def triage_findings(
    findings: Sequence[Finding],
    ctx: TriageContext,
    memory: Memory,
    decide: DeciderFn = offline.decide,
    decide_all: BatchDeciderFn | None = None,
) -> list[TriagedFinding]:
    """Collect every bundle, decide them (one by one, or all at once for a concurrent decider), enforce."""
    bundles: list[EvidenceBundle | TriagedFinding] = []
    for finding in findings:
        try:
            bundles.append(collect(finding, ctx, memory))
        except Exception as exc:  # a collector bug must not lose the finding
            log.warning("triage failed for %s: %s", finding.location, exc)
            bundles.append(TriagedFinding.untriaged(finding, f"triage failed ({type(exc).__name__}); needs a human"))
    ready = [b for b in bundles if isinstance(b, EvidenceBundle)]
    decided = iter(_decide(ready, decide, decide_all))
    out = []
    for item in bundles:
        if isinstance(item, TriagedFinding):
            out.append(item)
            continue
        verdict = next(decided)
        try:
            if isinstance(verdict, Exception):
                raise verdict
            out.append(enforce(verdict, item, ctx.sources))
        except Exception as exc:  # a decider bug must not lose the finding either
            log.warning("triage failed for %s: %s", item.finding.location, exc)
            out.append(TriagedFinding.untriaged(item.finding, f"triage failed ({type(exc).__name__}); needs a human"))
    return out


def _decide(
    bundles: list[EvidenceBundle], decide: DeciderFn, decide_all: BatchDeciderFn | None
) -> list[TriagedFinding | Exception]:
    if decide_all is not None:
        try:
            decided: list[TriagedFinding | Exception] = list(decide_all(bundles))
        except Exception as exc:
            return [exc] * len(bundles)
        return decided if len(decided) == len(bundles) else [RuntimeError("decider lost findings")] * len(bundles)
    out: list[TriagedFinding | Exception] = []
    for bundle in bundles:
        try:
            out.append(decide(bundle))
        except Exception as exc:
            out.append(exc)
    return out


def triage_result(
    result: ScanResult,
    policy: Policy,
    root: Path,
    index: object | None = None,
    *,
    decider: str | None = None,
    llm: LlmSettings | None = None,
) -> list[TriagedFinding]:
    """Triage with the decider chosen by `decider` (else SECOPS_DECIDER, else the policy): offline or llm."""
    source_root = Path(str(result.extra.get("source_root", root)))
    ctx = build_context(source_root, index)
    memory = Memory.load(root)
    if resolve_decider(policy.triage, decider) == "llm":
        from secops.triage.llm import LlmDecider, LlmSettings  # only the LLM path pays for it

        settings = llm or LlmSettings.resolve(policy.triage)
        agent = LlmDecider.create(settings, ctx, memory, result.rules_version, cache_root=root)
        return triage_findings(result.findings, ctx, memory, decide_all=agent.decide_all)
    return triage_findings(result.findings, ctx, memory)
