from __future__ import annotations

from pathlib import Path

import pytest

from secops.errors import ConfigError
from secops.knowledge import Clause, ClauseHit, MemoryIndex, SearchFilters
from secops.knowledge.evaluate import EvalQuestion, evaluate, load_questions, render


class RankedIndex:
    """A fake index answering each question with a fixed ranking."""

    version = "fake"

    def __init__(self, rankings: dict[str, list[str]]) -> None:
        self.rankings = rankings
        self.filters: list[SearchFilters | None] = []

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[ClauseHit]:
        self.filters.append(filters)
        return [
            ClauseHit(Clause(cid, "SEC-X", cid, "X", "", "x.md", 1, "1"), 1.0 / rank, "")
            for rank, cid in enumerate(self.rankings[query][:k], start=1)
        ]

    def get(self, clause_id: str) -> Clause | None:
        return None


def test_metrics_are_computed_exactly() -> None:
    questions = [
        EvalQuestion("a", ("SEC-X-1",)),  # rank 1
        EvalQuestion("b", ("SEC-X-9", "SEC-X-3")),  # rank 3 (any expected clause counts)
        EvalQuestion("c", ("SEC-X-5",)),  # rank 5
        EvalQuestion("d", ("SEC-X-8",), language="java"),  # not retrieved
    ]
    ranking = ["SEC-X-1", "SEC-X-2", "SEC-X-3", "SEC-X-4", "SEC-X-5", "SEC-X-6"]
    index = RankedIndex(dict.fromkeys("abcd", ranking))
    report = evaluate(index, questions)
    assert report.questions == 4
    assert (report.recall(1), report.recall(3), report.recall(5)) == (0.25, 0.5, 0.75)
    assert report.mrr == pytest.approx((1 + 1 / 3 + 1 / 5) / 4)
    assert [miss.question.question for miss in report.misses] == ["d"]
    assert index.filters[3] == SearchFilters.create(languages="java")
    data = report.as_dict()
    assert data["recall@3"] == 0.5 and data["questions"] == 4 and data["corpus_version"] == "fake"
    assert "miss: 'd' expected SEC-X-8" in render(report)


def test_fixture_knowledge_base_retrieval_quality(assets: Path) -> None:
    questions = load_questions(assets / "kb" / "eval" / "questions.yaml")
    report = evaluate(MemoryIndex.from_kb(assets / "kb"), questions)
    assert report.questions == 10
    assert report.recall(3) >= 0.9
    assert report.mrr >= 0.8


def test_malformed_questions(tmp_path: Path) -> None:
    path = tmp_path / "questions.yaml"
    path.write_text("- q: fine\n  expected: [SEC-A-1]\n- q: no ids\n  expected: []\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expected") as caught:
        load_questions(path)
    assert caught.value.where == f"{path}:4"
    path.write_text("questions:\n  - q: fine\n    expected: [SEC-A-1]\n", encoding="utf-8")
    assert load_questions(path)[0].line == 2
    with pytest.raises(ConfigError, match="no evaluation questions"):
        load_questions(tmp_path / "missing.yaml")
