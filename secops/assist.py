"""The assistant's core: `answer(question, index, provider, history) -> Answer`, grounded in the standards.

Every answer comes from clauses retrieved from the knowledge index and cites them as `[SEC-AREA-n]`;
citations are checked against the index before anything is printed. When the standards do not cover a
question the assistant says so, lists the nearest clauses and points to the exception process: it never
invents policy. Without a provider the answer is extractive (quoted sentences, offline); with one, a
LangChain chain writes it from the same clauses (secops/assistant/llm.py). The REPL lives in the CLI layer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from secops.assistant.extractive import compose
from secops.assistant.finding import FindingContext
from secops.assistant.grounding import (
    DEFAULT_SETTINGS,
    GroundingSettings,
    Retrieval,
    check_citations,
    defuse,
    retrieve,
    vocabulary,
)
from secops.assistant.interface import EXTRACTIVE, Answer, Citation, Conversation, TextSink, Turn
from secops.knowledge.interface import Clause, KnowledgeIndex, SearchFilters
from secops.redact import redact

if TYPE_CHECKING:
    from secops.providers.chat import ChatModel

__all__ = ["EXTRACTIVE", "Answer", "Citation", "Conversation", "FindingContext", "Turn", "answer", "decline"]

_FOLLOW_UP = re.compile(
    r"(?i)^\s*(and|but|also|so|then|what\s+about|how\s+about|why|and\s+if|what\s+if|same\s+for|in\s+\w+\s*\?$)\b"
    r"|\b(it|this|that|these|those|they|them|there)\b"
)
NOT_COVERED_TEXT = (
    "**Not covered by the security standards.** The standards in the knowledge base do not answer this "
    "question, so there is no policy answer to give (the assistant never makes one up)."
)


def _follow_up(question: str, history: Sequence[Turn]) -> bool:
    """Short or anaphoric questions may lean on the previous one ("why?", "and in Java?")."""
    if not history:
        return False
    words = re.findall(r"[A-Za-z0-9_.-]+", question)
    return len(words) <= 12 and (len(words) <= 4 or bool(_FOLLOW_UP.search(question)))


def _retrieve(
    question: str,
    index: KnowledgeIndex,
    history: Sequence[Turn],
    finding: FindingContext | None,
    settings: GroundingSettings,
) -> Retrieval:
    """Search with secrets redacted (the query may go to a remote embedder or Chroma server); a follow-up is
    searched with the previous question too, and that reading wins unless the question stands on its own
    (covered, two or more distinctive words, and covered at least as well alone)."""
    forced = finding.clause_ids if finding else ()
    extra = f"\n{finding.search_text()}" if finding else ""
    alone = retrieve(redact(question + extra), index, forced=forced, settings=settings)
    if not _follow_up(question, history):
        return alone
    combined = retrieve(redact(f"{history[-1].question}\n{question}{extra}"), index, forced=forced, settings=settings)
    if alone.covered and len(alone.query.terms) >= 2 and alone.best_coverage >= combined.best_coverage:
        return alone
    return combined


def _exception_clauses(index: KnowledgeIndex) -> list[Clause]:
    """The exception-process clauses (SEC-EXC), for pointing a declined question somewhere useful."""
    hits = index.search("security exception request", k=20, filters=SearchFilters.create(doc_ids="SEC-EXC"))
    clauses = sorted((hit.clause for hit in hits if hit.clause.doc_id == "SEC-EXC"), key=lambda clause: clause.number)
    return clauses[:2]  # a standard opens with its scope: when an exception applies and how to request one


def decline(retrieval: Retrieval, index: KnowledgeIndex, provider: str, question: str = "") -> Answer:
    """The answer to a question the standards do not cover: nearest clauses and the exception process."""
    nearest = retrieval.nearest()
    lines = [NOT_COVERED_TEXT]
    if nearest:
        lines += ["", "Nearest clauses (for orientation; they do not answer the question):"]
        lines += [f"- {clause.clause_id}: {clause.title} ({clause.where})" for clause in nearest]
    exceptions = _exception_clauses(index)
    lines.append("")
    if exceptions:
        named = "; ".join(f"{clause.clause_id}: {clause.title} ({clause.where})" for clause in exceptions)
        lines.append(
            "If you think the standards should cover this, ask the security team. If you need to deviate from "
            f"a standard, use the exception process: {named}."
        )
    else:
        lines.append("If you think the standards should cover this, ask the security team.")
    return Answer(
        text="\n".join(lines),
        citations=(),
        grounded=False,
        provider=provider,
        sources=tuple(Citation.of(clause) for clause in nearest),
        question=question,
        warnings=(f"not covered: {retrieval.reason}",),
    )


def _warnings(clauses: Sequence[Clause]) -> tuple[str, ...]:
    return tuple(
        f"{clause.clause_id} contains instruction-like text; it was treated as data and not followed"
        for clause in clauses
        if defuse(clause.text)[1]
    )


def _extractive(
    question: str,
    retrieval: Retrieval,
    index: KnowledgeIndex,
    finding: FindingContext | None,
    sink: TextSink | None,
    note: str = "",
) -> Answer:
    vocab = vocabulary(index, [candidate.clause for candidate in retrieval.candidates])
    preface = "\n\n".join(part for part in (note, finding.summary() if finding else "") if part)
    text, quoted = compose(retrieval, vocab, preface=preface)
    if finding is not None and finding.guidance():
        text = f"{text}\n\n{finding.guidance()}"
    checked = check_citations(text, index)
    if sink is not None:
        sink(checked.text)
    return Answer(
        text=checked.text,
        citations=checked.citations,
        grounded=True,
        provider=EXTRACTIVE,
        sources=tuple(Citation.of(candidate.clause) for candidate in retrieval.candidates[:5]),
        removed=checked.removed,
        warnings=_warnings(quoted),
        question=question,
        finding=finding.fingerprint if finding else "",
    )


def answer(
    question: str,
    index: KnowledgeIndex,
    provider: ChatModel | None = None,
    history: Sequence[Turn] = (),
    *,
    finding: FindingContext | None = None,
    sink: TextSink | None = None,
    settings: GroundingSettings = DEFAULT_SETTINGS,
) -> Answer:
    """Answer one question from the standards.

    `provider` None gives the offline extractive answer. `history` gives follow-ups their context.
    `finding` makes the answer about a scanner finding (its clauses are always consulted). `sink`
    receives the answer text as it is produced, already citation-checked (streaming in the chat REPL).
    """
    question = question.strip()
    retrieval = _retrieve(question, index, history, finding, settings)
    if finding is not None and finding.language and finding.language not in retrieval.query.languages:
        languages = (*retrieval.query.languages, finding.language)
        retrieval = dataclasses.replace(retrieval, query=dataclasses.replace(retrieval.query, languages=languages))
    label = provider.label if provider is not None else EXTRACTIVE
    if not retrieval.covered:
        declined = decline(retrieval, index, label, question)
        if sink is not None:
            sink(declined.text)
        return declined
    if provider is None:
        return _extractive(question, retrieval, index, finding, sink)
    return _with_model(question, retrieval, index, provider, history, finding, sink)


def _with_model(
    question: str,
    retrieval: Retrieval,
    index: KnowledgeIndex,
    provider: ChatModel,
    history: Sequence[Turn],
    finding: FindingContext | None,
    sink: TextSink | None,
) -> Answer:
    from secops.assistant.llm import ask_model

    reply = ask_model(provider, question, retrieval, index, history=history, finding=finding, sink=sink)
    sources = tuple(Citation.of(candidate.clause) for candidate in retrieval.candidates[:5])
    if reply.declined:
        declined = decline(retrieval, index, provider.label, question)
        if sink is not None:
            sink(declined.text)
        return declined
    if not reply.checked.citations:
        # The model answered without citing a clause: its text cannot be trusted as policy. Show the clauses.
        shown = sink is not None and reply.streamed
        note = (
            f"_The {provider.label} answer above cites no clause of the standards: do not treat it as policy. "
            "What the standards say:_"
            if shown
            else f"_The {provider.label} answer cited no clause of the standards, so it is not shown. "
            "What the standards say:_"
        )
        if shown and sink is not None:
            sink("\n\n")
        fallback = _extractive(question, retrieval, index, finding, sink, note=note)
        return Answer(
            text=fallback.text, citations=fallback.citations, grounded=True, provider=f"{provider.label}+extractive",
            sources=sources, removed=(*reply.checked.removed, *fallback.removed),
            warnings=(*reply.warnings, "the model's answer cited no clause; the extractive answer is shown instead"),
            question=question, finding=fallback.finding,
        )  # fmt: skip
    warnings = list(reply.warnings)
    if reply.checked.removed:
        warnings.append(f"removed citations of clauses that do not exist: {', '.join(reply.checked.removed)}")
    return Answer(
        text=reply.checked.text,
        citations=reply.checked.citations,
        grounded=True,
        provider=provider.label,
        sources=sources,
        removed=reply.checked.removed,
        warnings=tuple(warnings),
        question=question,
        finding=finding.fingerprint if finding else "",
    )
