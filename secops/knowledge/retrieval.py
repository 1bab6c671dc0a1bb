"""Hybrid retrieval: BM25 (bm25s) and a dense leg fused by reciprocal rank, with synonym expansion."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from secops.knowledge.interface import CLAUSE_ID, Clause, ClauseHit, SearchFilters
from secops.knowledge.synonyms import Expansion, cwe_names, expand
from secops.knowledge.text import tokens

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

DenseSearch = Callable[[str, int, SearchFilters | None], list[tuple[str, float]]]
"""(query text, how many, filters) -> [(clause id, similarity)], best first."""

_CODE_BLOCK = re.compile(r"^\s*(```|~~~).*?^\s*\1\s*$", re.MULTILINE | re.DOTALL)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*(\"'])")


@dataclass(frozen=True)
class RetrievalSettings:
    """Tunables of the fusion, checked against knowledge_base/eval/questions.yaml (results are flat
    within a question or two over wide ranges of each value; see docs/knowledge-index.md)."""

    rrf_k: float = 20.0
    bm25_weight: float = 1.0
    dense_weight: float = 1.0  # see for_provider: the offline (lexical) embedder gets less
    expansion_weight: float = 0.4  # BM25 weight of tokens added by synonym expansion
    candidates: int = 50  # per leg
    title_repeat: int = 3  # clause title tokens count this many times in BM25
    k1: float = 1.2
    b: float = 0.6

    @classmethod
    def for_provider(cls, provider: str) -> RetrievalSettings:
        """The offline embedder is lexical like BM25, so its leg adds less: half weight.

        A semantic embedder (bedrock, openai, ollama, sentence-transformers) gets equal weight.
        """
        return cls(dense_weight=0.5) if provider == "offline" else cls()


def indexed_text(clause: Clause) -> str:
    """The text embedded for a clause: ids, titles and tags lead, then the body."""
    names = ", ".join(cwe_names(clause.cwes))
    return (
        f"{clause.clause_id}: {clause.title}\n{clause.title}\n{clause.standard_title}\n"
        f"{' '.join(clause.tags)} {' '.join(clause.cwes)} {names}\n\n{clause.text}"
    )


def bm25_document(clause: Clause, settings: RetrievalSettings) -> list[str]:
    head = tokens(clause.title) * settings.title_repeat
    meta = tokens(f"{clause.clause_id} {clause.standard_title} {' '.join(clause.tags)} {' '.join(clause.cwes)}")
    names = tokens(" ".join(cwe_names(clause.cwes)))
    return head + meta + names + tokens(clause.text)


def _prose(text: str) -> list[str]:
    prose = _CODE_BLOCK.sub(" ", text)
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n", prose):
        flat = " ".join(line.strip() for line in paragraph.splitlines() if line.strip())
        flat = re.sub(r"\*\*([^*]+)\*\*", r"\1", flat)
        sentences.extend(part.strip() for part in _SENTENCE.split(flat) if part.strip())
    return sentences


def snippet(clause: Clause, expansion: Expansion | None = None, width: int = 240) -> str:
    """The clause sentence sharing most query words (the first sentence when nothing matches)."""
    sentences = _prose(clause.text) or [clause.title]
    best = sentences[0]
    if expansion is not None:
        own, extra = set(expansion.tokens), set(expansion.extra_tokens) - set(expansion.tokens)
        best_score = 0.0
        for sentence in sentences:
            words = set(tokens(sentence))
            score = len(words & own) + 0.5 * len(words & extra)
            if score > best_score:
                best, best_score = sentence, score
    best = re.sub(r"^(Requirement|Rationale)\s*(\([A-Z ]+\))?:\s*", "", best)
    if len(best) <= width:
        return best
    return best[: width - 1].rsplit(" ", 1)[0] + "\u2026"


class HybridRetriever:
    """BM25 over the clause texts plus a dense leg, fused with reciprocal rank fusion."""

    def __init__(
        self,
        clauses: Sequence[Clause],
        dense: DenseSearch | None,
        settings: RetrievalSettings | None = None,
        documents: Sequence[Sequence[str]] | None = None,
    ) -> None:
        """`documents`: the clauses' `bm25_document` token lists when already known (an index replica keeps them)."""
        import bm25s

        self.settings = settings or RetrievalSettings.for_provider("offline" if dense is None else "")
        self.clauses = tuple(clauses)
        self._dense = dense
        self._by_id = {clause.clause_id: clause for clause in self.clauses}
        self._position = {clause.clause_id: i for i, clause in enumerate(self.clauses)}
        self._masks: dict[SearchFilters | None, NDArray[np.bool_]] = {}
        self._bm25: Any = bm25s.BM25(k1=self.settings.k1, b=self.settings.b)
        if documents is None or len(documents) != len(self.clauses):
            documents = [bm25_document(clause, self.settings) for clause in self.clauses]
        self._bm25.index([list(document) for document in documents], show_progress=False)

    def get(self, clause_id: str) -> Clause | None:
        return self._by_id.get(clause_id.strip().upper())

    def _mask(self, filters: SearchFilters | None) -> NDArray[np.bool_]:
        """Which clauses `filters` allows (computed once per distinct filter: callers must not modify it)."""
        import numpy as np

        key = filters if filters is not None and not filters.empty else None
        if key not in self._masks:
            if len(self._masks) >= 256:  # a long session with many distinct filters: start over
                self._masks.clear()
            if key is None:
                self._masks[key] = np.ones(len(self.clauses), dtype=bool)
            else:
                self._masks[key] = np.array([key.matches(clause) for clause in self.clauses], dtype=bool)
        return self._masks[key]

    def _lexical(self, expansion: Expansion, mask: NDArray[np.bool_]) -> list[str]:
        import numpy as np

        scores = np.zeros(len(self.clauses), dtype=np.float64)
        if expansion.tokens:
            scores += self._bm25.get_scores(list(expansion.tokens))
        if expansion.extra_tokens:
            scores += self.settings.expansion_weight * self._bm25.get_scores(list(expansion.extra_tokens))
        scores = np.where(mask, scores, 0.0)
        order = np.argsort(-scores, kind="stable")[: self.settings.candidates]
        return [self.clauses[i].clause_id for i in order if scores[i] > 0]

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[ClauseHit]:
        if k <= 0 or not query.strip():
            return []
        expansion = expand(query)
        mask = self._mask(filters)
        fused: dict[str, float] = {}
        settings = self.settings
        for rank, clause_id in enumerate(self._lexical(expansion, mask), start=1):
            fused[clause_id] = fused.get(clause_id, 0.0) + settings.bm25_weight / (settings.rrf_k + rank)
        if self._dense is not None:
            text = query if not expansion.phrases else f"{query}\n{'; '.join(expansion.phrases)}"
            for rank, (clause_id, _) in enumerate(self._dense(text, settings.candidates, filters), start=1):
                if clause_id in self._by_id and mask[self._position[clause_id]]:
                    fused[clause_id] = fused.get(clause_id, 0.0) + settings.dense_weight / (settings.rrf_k + rank)
        best = (settings.bm25_weight + (settings.dense_weight if self._dense else 0.0)) / (settings.rrf_k + 1)
        ranked = sorted(fused.items(), key=lambda item: (-item[1], self._position[item[0]]))
        exact = [
            clause_id
            for clause_id in dict.fromkeys(CLAUSE_ID.findall(query.upper()))
            if clause_id in self._by_id and mask[self._position[clause_id]]
        ]
        hits = [
            ClauseHit(self._by_id[clause_id], 1.0, snippet(self._by_id[clause_id], expansion)) for clause_id in exact
        ]
        for clause_id, score in ranked:
            if len(hits) >= k:
                break
            if clause_id not in exact:
                clause = self._by_id[clause_id]
                hits.append(ClauseHit(clause, round(min(score / best, 1.0), 4), snippet(clause, expansion)))
        return hits[:k]
