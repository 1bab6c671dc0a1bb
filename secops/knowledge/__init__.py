"""The knowledge base: standards -> clauses -> a hybrid (BM25 + dense) index.

Importing this package is cheap: Chroma, bm25s and numpy load only when an index is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from secops.knowledge.interface import Clause, ClauseHit, KnowledgeIndex, SearchFilters

if TYPE_CHECKING:
    from secops.knowledge.index import ChromaIndex, open_index
    from secops.knowledge.memory import MemoryIndex

__all__ = [
    "ChromaIndex",
    "Clause",
    "ClauseHit",
    "KnowledgeIndex",
    "MemoryIndex",
    "SearchFilters",
    "open_index",
]


def __getattr__(name: str) -> Any:
    if name in ("ChromaIndex", "open_index"):
        from secops.knowledge import index

        return getattr(index, name)
    if name == "MemoryIndex":
        from secops.knowledge.memory import MemoryIndex

        return MemoryIndex
    raise AttributeError(name)
