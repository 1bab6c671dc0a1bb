"""The offline answerer: sentences selected from the best clauses, each with its citation. No model, no network.

For each cited clause the units (sentences, list items, table rows) are scored by how much of the question
they address, Requirement sentences first. The clause's opening requirement is always quoted (it states
the rule); then the best-scoring units up to a small budget, in the clause's own order. One short
compliant code example is added, in the language the question (or the finding) is about when there is one.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from secops.assistant.grounding import Candidate, Query, Retrieval, Vocabulary, _text_terms, defuse, instruction_like
from secops.assistant.text import COMPLIANT, REQUIREMENT, Unit, plain, units
from secops.knowledge.interface import Clause

LABEL = "_Extractive answer: quoted from the security standards (offline, no language model)._"
MAX_CODE_LINES = 8


@dataclass(frozen=True)
class Budget:
    """How much of each clause to quote."""

    primary_points: int = 5  # sentences, items or tables (a table and its lead sentence count once)
    secondary_points: int = 2
    primary_chars: int = 900
    secondary_chars: int = 350
    min_other: float = 0.3  # a Rationale (or unlabelled) unit must address this share of the question
    min_secondary: float = 0.2  # a unit of a secondary clause must address this share of the question


_ANAPHORA = re.compile(r"^(?:\W*)(this|these|they|it|such|that|those|them|here)\b", re.IGNORECASE)


def _scores(quotable: Sequence[Unit], query: Query, vocab: Vocabulary, weight: float) -> dict[int, float]:
    """Coverage of the question per unit, +0.15 for Requirement units; "These APIs MAY..." inherits."""
    scores: dict[int, float] = {}
    previous: Unit | None = None
    for unit in quotable:
        score = query.coverage(_text_terms(plain(unit.text)), vocab, weight)
        score += 0.15 if unit.label == REQUIREMENT else 0.0
        if previous is not None and unit.kind == "sentence" and _ANAPHORA.match(unit.text):
            score = max(score, 0.8 * scores[previous.order])
        scores[unit.order] = score
        previous = unit
    return scores


def _opening(quotable: Sequence[Unit]) -> Unit | None:
    for unit in quotable:
        if unit.label == REQUIREMENT and unit.kind == "sentence":
            return unit
    return quotable[0] if quotable else None


def select(
    clause: Clause, query: Query, vocab: Vocabulary, *, primary: bool, budget: Budget, weight: float
) -> list[Unit]:
    """The units of `clause` to quote for `query`, in clause order."""
    quotable = [unit for unit in units(clause) if unit.quotable and not instruction_like(unit.text)]
    if not quotable:
        return []
    scores = _scores(quotable, query, vocab, weight)
    by_order = {unit.order: unit for unit in quotable}
    previous = {unit.order: quotable[i - 1] for i, unit in enumerate(quotable) if i}
    points_limit = budget.primary_points if primary else budget.secondary_points
    chars = budget.primary_chars if primary else budget.secondary_chars
    floor = budget.min_other if primary else budget.min_secondary
    chosen: dict[int, Unit] = {}

    def points() -> int:
        return sum(1 for unit in chosen.values() if unit.kind == "sentence" or unit.lead not in chosen)

    def needs(unit: Unit) -> list[Unit]:
        """The unit plus what it cannot be read without: a row's lead sentence, an anaphor's antecedent."""
        group = [unit]
        lead = by_order.get(unit.lead)
        if lead is not None:
            group.append(lead)
        before = previous.get(unit.order)
        if unit.kind == "sentence" and before is not None and _ANAPHORA.match(unit.text):
            group.append(before)
        return [member for member in group if member.order not in chosen]

    def take(unit: Unit, force: bool = False) -> None:
        group = needs(unit)
        used = sum(len(member.text) for member in chosen.values())
        if not force and chosen and used + sum(len(member.text) for member in group) > chars:
            return
        for member in group:
            chosen[member.order] = member

    opening = _opening(quotable)
    ranked = sorted(quotable, key=lambda unit: (-scores[unit.order], unit.order))
    if opening is not None and (primary or scores[ranked[0].order] < floor):
        take(opening, force=True)
        if opening.text.rstrip().endswith(":"):  # "...within:" quotes its list or table
            for unit in quotable:
                if unit.lead == opening.order:
                    take(unit, force=True)
    if scores[ranked[0].order] >= floor:
        take(ranked[0], force=True)  # the unit that answers best is quoted whatever its length
    for unit in ranked:
        if points() >= points_limit:
            break
        eligible = unit.label == REQUIREMENT if primary else False
        if scores[unit.order] < floor and not eligible:
            continue
        take(unit)
    return [chosen[order] for order in sorted(chosen)]


def example(clause: Clause, languages: Sequence[str]) -> Unit | None:
    """One compliant code example, preferring the languages asked about; None if it is long or absent."""
    compliant = [unit for unit in units(clause) if unit.kind == "code" and unit.label == COMPLIANT]
    if not compliant:
        return None
    preferred = [unit for unit in compliant if unit.language in languages]
    chosen = (preferred or compliant)[0]
    if languages and not preferred and any(unit.language for unit in compliant):
        return None  # an example in another language than the one asked about is noise
    if chosen.text.count("\n") + 1 > MAX_CODE_LINES or instruction_like(chosen.text):
        return None
    return chosen


def _line(unit: Unit, clause_id: str) -> str:
    text, _found = defuse(unit.text)
    citation = f"[{clause_id}]"
    if unit.kind in ("row", "item"):
        return f"  - {text} {citation}"
    return f"- {text} {citation}"


def render_clause(
    candidate: Candidate, query: Query, vocab: Vocabulary, *, primary: bool, budget: Budget, weight: float
) -> str:
    clause = candidate.clause
    chosen = select(clause, query, vocab, primary=primary, budget=budget, weight=weight)
    if not chosen:
        return ""
    lines = [f"**{clause.clause_id}: {clause.title}**", ""]
    lines.extend(_line(unit, clause.clause_id) for unit in chosen)
    code = example(clause, query.languages) if primary else None
    if code is not None:
        language = code.language or ""
        lines += ["", f"Compliant example ({language or 'code'}) [{clause.clause_id}]:", "", f"```{language}",
                  textwrap.dedent(code.text), "```"]  # fmt: skip
    return "\n".join(lines)


def compose(
    retrieval: Retrieval, vocab: Vocabulary, *, budget: Budget | None = None, preface: str = ""
) -> tuple[str, tuple[Clause, ...]]:
    """The extractive answer for a covered question, and the clauses it quotes."""
    budget = budget or Budget()
    weight = retrieval.settings.unknown_weight
    sections: list[str] = []
    quoted: list[Clause] = []
    for position, candidate in enumerate(retrieval.cited()):
        section = render_clause(
            candidate, retrieval.query, vocab, primary=position == 0 or candidate.forced, budget=budget, weight=weight
        )
        if section:
            sections.append(section)
            quoted.append(candidate.clause)
    parts = [LABEL]
    if preface:
        parts.append(preface)
    parts.extend(sections)
    return "\n\n".join(parts), tuple(quoted)
