"""Run every evidence collector for one finding; both deciders read the same bundle."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from secops.knowledge.catalog import ExceptionEntry
from secops.models import Evidence, Finding
from secops.triage.api import non_security_use
from secops.triage.context import context_evidence
from secops.triage.injection import suspicious_lines
from secops.triage.interface import Flow, TriageContext
from secops.triage.memory import Memory, MemoryEntry

if TYPE_CHECKING:
    from secops.triage.flowcore import FlowResult

_INJECTION_WINDOW = 40
_FUNCTION_TYPES = ("function_definition", "function_declaration", "method_declaration", "method_definition",
                   "arrow_function", "function_expression", "func_literal", "constructor_declaration")  # fmt: skip


def _context_window(node: Any, lines: list[str], start: int, end: int) -> tuple[int, int]:
    """The enclosing function and the comment block just above it (bounded), else a few lines around."""
    current = node
    while current is not None and current.type not in _FUNCTION_TYPES:
        current = current.parent
    if current is None:
        return start - 5, end + 5
    first = current.start_point[0] + 1
    if current.parent is not None and current.parent.type == "decorated_definition":
        first = current.parent.start_point[0] + 1
    while first > 1 and lines[first - 2].lstrip().startswith(("#", "//", "/*", "*", "@")):
        first -= 1
    return max(first, start - _INJECTION_WINDOW), min(current.end_point[0] + 1, end + _INJECTION_WINDOW)


# Language → analyser module, imported on first use (a one-language commit loads one analyser).
_FLOW_ANALYSERS = {
    "python": "pyflow",
    "javascript": "jsflow",
    "typescript": "jsflow",
    "java": "javaflow",
    "go": "goflow",
}


def _analyser(language: str) -> Callable[..., tuple[FlowResult, list[Evidence]]] | None:
    module = _FLOW_ANALYSERS.get(language)
    if module is None:
        return None
    analyse: Callable[..., tuple[FlowResult, list[Evidence]]] = importlib.import_module(
        f"secops.triage.{module}"
    ).analyse
    return analyse


def warm_up(languages: Iterable[str]) -> None:
    """Load the analysers and tree-sitter grammars a scan of `languages` will need (run while Semgrep works)."""
    from secops.triage.source import load_grammar

    for language in languages:
        if _analyser(language) is not None:
            load_grammar(language)
            if language == "typescript":
                load_grammar("tsx")


@dataclass(frozen=True)
class EvidenceBundle:
    finding: Finding
    evidence: tuple[Evidence, ...]
    flow: Flow | None  # None: no data-flow analysis for this language
    parsed: bool
    injection: tuple[tuple[int, str], ...] = ()
    memory: MemoryEntry | None = None
    exception: ExceptionEntry | None = None
    clauses: tuple[str, ...] = ()
    remediation: str = ""
    context_kinds: tuple[str, ...] = field(default_factory=tuple)

    def safe(self) -> list[Evidence]:
        return [e for e in self.evidence if e.supports == "safe"]


def _matching_exception(finding: Finding, ctx: TriageContext) -> tuple[ExceptionEntry | None, bool]:
    """(entry, scoped): scoped when its paths pin it to this file, so it can be checked by machine."""
    for exc in ctx.exceptions:
        if exc.expired(ctx.today) or not exc.matches(finding.rule_id, finding.cwe, finding.location.path):
            continue
        return exc, any(p not in ("**", "*", "**/*") for p in exc.paths)
    return None, False


def collect(finding: Finding, ctx: TriageContext, memory: Memory) -> EvidenceBundle:
    loc = finding.location
    source = ctx.sources.get(loc.path)
    evidence: list[Evidence] = []
    head = "\n".join(source.lines[:5]) if source is not None else ""
    context = context_evidence(loc.path, head)
    evidence += context
    flow: Flow | None = None
    parsed = source is not None
    injection: list[tuple[int, str]] = []
    if source is not None:
        node = source.node_at((loc.start_line, loc.start_col), (loc.end_line, loc.end_col))
        injection = suspicious_lines(source.lines, *_context_window(node, source.lines, loc.start_line, loc.end_line))
        if source.has_error_near(node):
            parsed = False
            evidence.append(Evidence("parse", "the code around the finding does not parse; no data-flow evidence",
                                     loc.path, loc.start_line, "neutral"))  # fmt: skip
        elif finding.family and (analyse := _analyser(source.language)) is not None:
            result, extra = analyse(
                source, ctx, finding.family, (loc.start_line, loc.start_col), (loc.end_line, loc.end_col)
            )
            flow = result.flow
            evidence += [*result.evidence, *extra]
    evidence += non_security_use(finding)
    exception, scoped = _matching_exception(finding, ctx)
    if exception is not None:
        detail = (f"accepted risk {exception.id}: {exception.condition} (owner {exception.owner}, "
                  f"expires {exception.expires}, {exception.clause})")  # fmt: skip
        # An exception scoped only by a prose condition is for a human (or the LLM) to weigh, not a suppression.
        supports = "safe" if scoped else "neutral"
        evidence.append(
            Evidence("exception", detail, loc.path, loc.start_line, supports, finding.snippet.strip()[:200])
        )
    remembered = memory.lookup(finding)
    similar = memory.similar(finding) if remembered is None else None
    if similar is not None:
        detail = f"{similar.author} judged identical code in {similar.path} {similar.verdict}: {similar.reason}"
        evidence.append(Evidence("memory", detail, loc.path, loc.start_line, "neutral"))
    for line, text in injection:
        evidence.append(Evidence("guardrail", f"instruction-like text near the finding: {text!r}", loc.path, line,
                                 "vulnerable"))  # fmt: skip
    clauses, remediation = _standards(finding, ctx)
    kinds = tuple(e.detail.split(":")[0].split(" ")[0] for e in context)
    return EvidenceBundle(finding, tuple(evidence), flow, parsed, tuple(injection), remembered, exception,
                          clauses, remediation, kinds)  # fmt: skip


def _standards(finding: Finding, ctx: TriageContext) -> tuple[tuple[str, ...], str]:
    """The rule's own clause first, then related clauses the index retrieves; remediation from the clause."""
    clauses = [finding.standard] if finding.standard else []
    remediation = finding.fix or ""
    if ctx.index is None:
        return tuple(clauses), remediation
    key = (finding.rule_id, finding.standard, finding.fix or "", finding.family, *finding.cwe[:1], finding.message)
    if key in ctx.standards_memo:
        return ctx.standards_memo[key]
    from secops.errors import KnowledgeError

    try:
        if finding.standard and (clause := ctx.index.get(finding.standard)) is not None:
            remediation = remediation or _requirement(clause.text)
        query = f"{finding.family.replace('-', ' ')} {' '.join(finding.cwe[:1])} {finding.message[:200]}"
        for hit in ctx.index.search(query, k=3):
            if hit.clause.clause_id not in clauses:
                clauses.append(hit.clause.clause_id)
    except KnowledgeError:
        return tuple(clauses[:3]), remediation  # degraded: the rule's own clause still stands; retry next time
    ctx.standards_memo[key] = (tuple(clauses[:3]), remediation)
    return ctx.standards_memo[key]


def _requirement(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip().lstrip("*").strip()
        if stripped.lower().startswith("requirement"):
            return stripped.split(":", 1)[-1].strip(" *")[:500]
    return " ".join(text.split())[:300]
