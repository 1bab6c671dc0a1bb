"""Retrieval evaluation over `knowledge_base/eval/questions.yaml`: recall@1/3/5 and MRR."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from secops._yaml import Key, display, load_yaml, schema_problems
from secops.errors import ConfigError
from secops.knowledge.interface import KnowledgeIndex, SearchFilters

CUTOFFS = (1, 3, 5)
MRR_DEPTH = 10


class _Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    q: str = Field(min_length=1)
    expected: list[str] = Field(min_length=1)
    id: str | None = None
    language: str | None = None
    cwe: str | None = None
    tags: list[str] = Field(default_factory=list)
    notes: str = ""


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    expected: tuple[str, ...]
    line: int = 0
    language: str | None = None
    cwe: str | None = None

    @property
    def filters(self) -> SearchFilters | None:
        if not (self.language or self.cwe):
            return None
        return SearchFilters.create(languages=self.language, cwes=self.cwe)


@dataclass(frozen=True)
class QuestionResult:
    question: EvalQuestion
    retrieved: tuple[str, ...]
    rank: int | None  # 1-based rank of the first expected clause within MRR_DEPTH, else None

    def hit(self, k: int) -> bool:
        return self.rank is not None and self.rank <= k


@dataclass(frozen=True)
class EvalReport:
    results: tuple[QuestionResult, ...]
    version: str = ""

    @property
    def questions(self) -> int:
        return len(self.results)

    def recall(self, k: int) -> float:
        """Share of questions with at least one expected clause in the top k."""
        if not self.results:
            return 0.0
        return sum(result.hit(k) for result in self.results) / len(self.results)

    @property
    def mrr(self) -> float:
        if not self.results:
            return 0.0
        return sum(1.0 / result.rank for result in self.results if result.rank) / len(self.results)

    @property
    def misses(self) -> tuple[QuestionResult, ...]:
        return tuple(result for result in self.results if not result.hit(CUTOFFS[-1]))

    def as_dict(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            **{f"recall@{k}": round(self.recall(k), 4) for k in CUTOFFS},
            "mrr": round(self.mrr, 4),
            "corpus_version": self.version,
            "misses": [
                {
                    "q": miss.question.question,
                    "expected": list(miss.question.expected),
                    "got": list(miss.retrieved[:5]),
                }
                for miss in self.misses
            ],
        }


def load_questions(path: Path) -> list[EvalQuestion]:
    """`- q: ..., expected: [SEC-X-n, ...]` (a top-level list, or under a `questions:` key)."""
    if not path.is_file():
        raise ConfigError(
            f"no evaluation questions at {display(path)}",
            hint="add knowledge_base/eval/questions.yaml with '- q: ...' / 'expected: [SEC-X-n]' items",
        )
    data, lines = load_yaml(path.read_text(encoding="utf-8"), path, what="the questions file")
    prefix: Key = ()
    if isinstance(data, dict) and "questions" in data:
        data, prefix = data["questions"], ("questions",)
    if not isinstance(data, list):
        raise ConfigError(
            "the questions file must be a list of '- q: ...' items",
            where=f"{display(path)}:1",
            hint="write each question as '- q: <question>' with 'expected: [<clause ids>]'",
        )
    questions: list[EvalQuestion] = []
    for index, raw in enumerate(data):
        key: Key = (*prefix, index)
        try:
            item = _Question.model_validate(raw)
        except ValidationError as exc:
            line, message = schema_problems(exc, lines, key)[0]
            raise ConfigError(
                f"invalid question: {message}",
                where=f"{display(path)}:{line}",
                hint="each item needs 'q' (text) and 'expected' (a non-empty list of clause ids)",
            ) from exc
        questions.append(EvalQuestion(item.q, tuple(item.expected), lines.get(key, 0), item.language, item.cwe))
    return questions


def evaluate(index: KnowledgeIndex, questions: Sequence[EvalQuestion]) -> EvalReport:
    """Ask every question; a question counts as hit at k if any expected clause is in the top k."""
    results: list[QuestionResult] = []
    for question in questions:
        hits = index.search(question.question, k=MRR_DEPTH, filters=question.filters)
        retrieved = tuple(hit.clause.clause_id for hit in hits)
        expected = set(question.expected)
        rank = next((i for i, clause_id in enumerate(retrieved, start=1) if clause_id in expected), None)
        results.append(QuestionResult(question, retrieved, rank))
    return EvalReport(tuple(results), index.version)


def render(report: EvalReport) -> str:
    lines = [
        f"questions   {report.questions}",
        *(f"recall@{k}    {report.recall(k):.3f}" for k in CUTOFFS),
        f"MRR@{MRR_DEPTH}      {report.mrr:.3f}",
    ]
    lines.extend(
        f"  miss: {miss.question.question!r} expected {', '.join(miss.question.expected)}; "
        f"got {', '.join(miss.retrieved[:5]) or 'nothing'}"
        for miss in report.misses
    )
    return "\n".join(lines)
