"""An in-process `KnowledgeIndex` (BM25 + numpy dense leg, no Chroma): for tests, eval and small tools."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from secops.knowledge.interface import Clause, ClauseHit, SearchFilters
from secops.knowledge.loader import Corpus, load_corpus
from secops.knowledge.retrieval import HybridRetriever, RetrievalSettings, indexed_text
from secops.providers.embeddings import Embedder, OfflineEmbedder


class MemoryIndex:
    """Same retrieval as `ChromaIndex`, with the clause vectors held in memory."""

    def __init__(
        self,
        clauses: Sequence[Clause],
        *,
        version: str = "memory",
        embedder: Embedder | None = None,
        settings: RetrievalSettings | None = None,
        dense: bool = True,
    ) -> None:
        self._version = version
        self._embedder = embedder or OfflineEmbedder()
        self._ids = [clause.clause_id for clause in clauses]
        self._vectors = self._embedder.embed([indexed_text(clause) for clause in clauses]) if dense else None
        chosen = settings or RetrievalSettings.for_provider(self._embedder.provider)
        self._retriever = HybridRetriever(clauses, self._dense if dense else None, chosen)

    @classmethod
    def from_corpus(
        cls, corpus: Corpus, *, embedder: Embedder | None = None, settings: RetrievalSettings | None = None
    ) -> MemoryIndex:
        return cls(corpus.clauses, version=corpus.version, embedder=embedder, settings=settings)

    @classmethod
    def from_kb(
        cls, kb_dir: Path, *, embedder: Embedder | None = None, settings: RetrievalSettings | None = None
    ) -> MemoryIndex:
        return cls.from_corpus(load_corpus(kb_dir), embedder=embedder, settings=settings)

    @property
    def version(self) -> str:
        return self._version

    def _dense(self, text: str, n: int, filters: SearchFilters | None) -> list[tuple[str, float]]:
        import numpy as np

        assert self._vectors is not None
        scores = self._vectors @ self._embedder.embed([text])[0]
        order = np.argsort(-scores, kind="stable")[:n]
        return [(self._ids[i], float(scores[i])) for i in order]

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[ClauseHit]:
        return self._retriever.search(query, k, filters)

    def get(self, clause_id: str) -> Clause | None:
        return self._retriever.get(clause_id)
