"""Assistant evaluation over `knowledge_base/eval/answers.yaml`: citations, required facts, declines.

For an in-scope question the answer should cite the expected clauses and contain every `must_contain`
item (case-insensitive). An out-of-scope question must be declined: not grounded, nothing cited.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from secops._yaml import Key, display, load_yaml, schema_problems
from secops.assistant.interface import Answer
from secops.errors import ConfigError

Answerer = Callable[[str], Answer]


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    q: str = Field(min_length=1)
    expected: list[str] = Field(default_factory=list)
    must_contain: list[str] = Field(default_factory=list)
    in_scope: bool = True
    notes: str = ""


@dataclass(frozen=True)
class AnswerCase:
    question: str
    expected: tuple[str, ...]
    must_contain: tuple[str, ...]
    in_scope: bool
    line: int = 0


@dataclass(frozen=True)
class CaseResult:
    case: AnswerCase
    cited: tuple[str, ...]
    grounded: bool
    missing: tuple[str, ...]  # must_contain items the answer lacks
    seconds: float

    @property
    def correct_cited(self) -> int:
        return len(set(self.cited) & set(self.case.expected))

    @property
    def hit(self) -> bool:
        """In scope: at least one expected clause cited. Out of scope: declined with nothing cited."""
        if self.case.in_scope:
            return self.grounded and self.correct_cited > 0
        return not self.grounded and not self.cited

    @property
    def precision(self) -> float | None:
        return self.correct_cited / len(self.cited) if self.cited else None

    @property
    def recall(self) -> float | None:
        return self.correct_cited / len(self.case.expected) if self.case.expected else None


def _mean(values: Sequence[float | None]) -> float:
    present = [value for value in values if value is not None]
    return sum(present) / len(present) if present else 0.0


@dataclass(frozen=True)
class AssistantReport:
    provider: str
    results: tuple[CaseResult, ...]
    corpus_version: str = ""

    @property
    def in_scope(self) -> tuple[CaseResult, ...]:
        return tuple(result for result in self.results if result.case.in_scope)

    @property
    def out_of_scope(self) -> tuple[CaseResult, ...]:
        return tuple(result for result in self.results if not result.case.in_scope)

    def as_dict(self) -> dict[str, Any]:
        inside, outside = self.in_scope, self.out_of_scope
        items = sum(len(result.case.must_contain) for result in inside)
        found = sum(len(result.case.must_contain) - len(result.missing) for result in inside)
        timings = sorted(result.seconds for result in self.results)
        return {
            "provider": self.provider,
            "corpus_version": self.corpus_version,
            "questions": len(self.results),
            "in_scope": len(inside),
            "out_of_scope": len(outside),
            "citation_hit_rate": round(_mean([float(result.hit) for result in inside]), 4),
            # Questions answered without any citation count as precision 0: an uncited answer is a miss.
            "citation_precision": round(_mean([result.precision or 0.0 for result in inside]), 4),
            "citation_recall": round(_mean([result.recall for result in inside]), 4),
            "must_contain_hit_rate": round(found / items, 4) if items else 0.0,
            "answers_with_all_must_contain": round(_mean([float(not result.missing) for result in inside]), 4),
            "out_of_scope_declined": round(_mean([float(result.hit) for result in outside]), 4),
            "wrongly_declined": sum(1 for result in inside if not result.grounded),
            "p50_seconds": round(timings[len(timings) // 2], 4) if timings else 0.0,
            "misses": [
                {
                    "q": result.case.question,
                    "in_scope": result.case.in_scope,
                    "expected": list(result.case.expected),
                    "cited": list(result.cited),
                    "grounded": result.grounded,
                    "missing": list(result.missing),
                }
                for result in self.results
                if not result.hit or result.missing
            ],
        }


def load_cases(path: Path) -> list[AnswerCase]:
    if not path.is_file():
        raise ConfigError(
            f"no assistant evaluation set at {display(path)}",
            hint="add knowledge_base/eval/answers.yaml ('- q: ...', expected, must_contain, in_scope)",
        )
    data, lines = load_yaml(path.read_text(encoding="utf-8"), path, what="the answers file")
    prefix: Key = ()
    if isinstance(data, dict) and "questions" in data:
        data, prefix = data["questions"], ("questions",)
    if not isinstance(data, list):
        raise ConfigError(
            "the answers file must be a list of '- q: ...' items",
            where=f"{display(path)}:1",
            hint="write each item as '- q: <question>' with expected, must_contain and in_scope",
        )
    cases = []
    for position, raw in enumerate(data):
        key: Key = (*prefix, position)
        try:
            item = _Item.model_validate(raw)
        except ValidationError as exc:
            line, message = schema_problems(exc, lines, key)[0]
            raise ConfigError(
                f"invalid answer case: {message}",
                where=f"{display(path)}:{line}",
                hint="each item needs q (text); expected and must_contain are lists; in_scope is true/false",
            ) from exc
        cases.append(
            AnswerCase(item.q, tuple(item.expected), tuple(item.must_contain), item.in_scope, lines.get(key, 0))
        )
    return cases


def evaluate(cases: Sequence[AnswerCase], ask: Answerer, provider: str, version: str = "") -> AssistantReport:
    results = []
    for case in cases:
        started = time.perf_counter()
        reply = ask(case.question)
        seconds = time.perf_counter() - started
        text = reply.text.lower()
        missing = tuple(item for item in case.must_contain if item.lower() not in text)
        cited = tuple(citation.clause_id for citation in reply.citations)
        results.append(CaseResult(case, cited, reply.grounded, missing, seconds))
    return AssistantReport(provider, tuple(results), version)


def render(report: AssistantReport) -> str:
    data = report.as_dict()
    lines = [
        f"assistant eval — provider {data['provider']}: {data['questions']} questions "
        f"({data['in_scope']} in scope, {data['out_of_scope']} out of scope)",
        f"  correct clause cited (in scope)   {data['citation_hit_rate']:.3f}",
        f"  citation precision                {data['citation_precision']:.3f}",
        f"  citation recall                   {data['citation_recall']:.3f}",
        f"  must-contain items found          {data['must_contain_hit_rate']:.3f}",
        f"  answers with every item           {data['answers_with_all_must_contain']:.3f}",
        f"  out-of-scope declined             {data['out_of_scope_declined']:.3f}",
        f"  in-scope wrongly declined         {data['wrongly_declined']}",
        f"  p50 per answer                    {data['p50_seconds'] * 1000:.0f} ms",
    ]
    for miss in data["misses"]:
        what = "not declined" if not miss["in_scope"] else (
            "declined" if not miss["grounded"] else "no expected clause" if not set(miss["cited"]) & set(
                miss["expected"]) else "missing " + ", ".join(repr(item) for item in miss["missing"])
        )  # fmt: skip
        lines.append(
            f"  - {miss['q']!r}: {what}; expected {', '.join(miss['expected']) or '-'}; "
            f"cited {', '.join(miss['cited']) or '-'}"
        )
    return "\n".join(lines)
