"""`ReplicaIndex`: the knowledge index served from the read replica of an embedded Chroma collection.

Same protocol, retriever and results as `ChromaIndex`; its dense leg is an exact cosine search over the
vectors read back from Chroma, filtered by the same `where` clause evaluated on the same chunk metadata.
Opening it imports neither chromadb nor anything of Chroma's; writing the replica (`export_replica`) is
done by a `ChromaIndex` that has just been synchronised.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secops._yaml import display
from secops.knowledge.index import (
    DEFAULT_COLLECTION,
    ChromaIndex,
    HybridIndex,
    IndexStats,
    check_dimensions,
    chroma_where,
    collection_expectation,
)
from secops.knowledge.interface import SearchFilters
from secops.knowledge.loader import Corpus
from secops.knowledge.replica import (
    Replica,
    chroma_fingerprint,
    read_replica,
    replica_path,
    write_replica,
)
from secops.knowledge.retrieval import RetrievalSettings, bm25_document
from secops.providers.embeddings import Embedder

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

log = logging.getLogger(__name__)


def where_matches(where: Mapping[str, Any] | None, meta: Mapping[str, Any]) -> bool:
    """Chroma's metadata filter semantics for what `chroma_where` produces: $and, $or, $in and equality.

    A key the chunk does not have matches nothing, as in Chroma.
    """
    if not where:
        return True
    if len(where) != 1:
        return all(where_matches({key: value}, meta) for key, value in where.items())
    ((key, condition),) = where.items()
    if key == "$and":
        return all(where_matches(part, meta) for part in condition)
    if key == "$or":
        return any(where_matches(part, meta) for part in condition)
    if key not in meta:
        return False
    value = meta[key]
    if isinstance(condition, Mapping):
        ((operator, operand),) = condition.items()
        if operator == "$in":
            return any(_equal(value, item) for item in operand)
        if operator == "$eq":
            return _equal(value, operand)
        raise ValueError(f"unsupported where operator {operator!r}")
    return _equal(value, condition)


def _equal(stored: Any, wanted: Any) -> bool:
    """Equality without Python's True == 1: Chroma keeps bools, ints and strings apart."""
    return type(stored) is type(wanted) and bool(stored == wanted)


class ReplicaIndex(HybridIndex):
    """The clause vectors of the replica in memory; BM25 from the stored token lists; hybrid search."""

    served_by = "replica"

    def __init__(
        self,
        corpus: Corpus,
        embedder: Embedder,
        replica: Replica,
        location: str,
        settings: RetrievalSettings | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(corpus, embedder, location, settings)
        self.replica = path
        self._replica = replica
        self._masks: dict[str, NDArray[np.bool_]] = {}
        meta = replica.meta
        self.stats = IndexStats(
            location=location,
            provider=str(meta.get("provider", "")),
            model=str(meta.get("model", "")),
            dimensions=int(meta.get("dimensions", 0) or 0),
            corpus_version=str(meta.get("corpus_version", "")),
            clauses=len(corpus.clauses),
            files=len(corpus.files),
        )

    def _mask(self, filters: SearchFilters | None) -> NDArray[np.bool_]:
        import numpy as np

        where = chroma_where(filters)
        key = repr(where)
        if key not in self._masks:
            if len(self._masks) >= 256:
                self._masks.clear()
            self._masks[key] = np.array([where_matches(where, meta) for meta in self._replica.metadatas], dtype=bool)
        return self._masks[key]

    def _dense(self, text: str, n: int, filters: SearchFilters | None) -> list[tuple[str, float]]:
        import numpy as np

        vector = self.embedder.embed([text])
        check_dimensions(vector, self.stats.dimensions, self.location)
        query = vector[0] / max(float(np.linalg.norm(vector[0])), 1e-12)
        # einsum, not `@`: a matrix-vector product through multi-threaded OpenBLAS took 8 ms instead of 0.1-0.6
        # on a busy 2-core machine (thread hand-off), einsum's own loop stays under a millisecond
        scores = np.einsum("ij,j->i", self._replica.unit_vectors, query.astype(np.float32))
        allowed = np.flatnonzero(self._mask(filters))
        order = allowed[np.argsort(-scores[allowed], kind="stable")][: max(1, min(n, len(self.corpus.clauses)))]
        ids = self._replica.ids
        return [(ids[i], float(scores[i])) for i in order]

    def bm25_documents(self) -> list[list[str]]:
        """The BM25 token lists of the clauses, in corpus order: stored in the replica, else computed."""
        if self._documents is None:
            settings = self.retrieval_settings
            if settings.title_repeat == self._replica.title_repeat:
                stored = self._replica.documents
                self._documents = [list(stored[clause.clause_id]) for clause in self.corpus.clauses]
            else:
                self._documents = [bm25_document(clause, settings) for clause in self.corpus.clauses]
        return self._documents

    def count(self) -> int:
        return len(self._replica.ids)


def open_replica(
    corpus: Corpus, embedder: Embedder, directory: Path, collection: str = DEFAULT_COLLECTION
) -> ReplicaIndex | None:
    """The index served from the read replica in `directory`, or None when none matches (never an error).

    It matches when its collection metadata names this embedder, index format and corpus version, and
    its fingerprint equals the current `chroma.sqlite3`: nothing has opened or written Chroma since.
    A replica from another embedder is not used, so Chroma's own mismatch error still fires.
    """
    path = replica_path(directory, collection)
    found = read_replica(path, _expected(embedder, corpus, collection), chroma_fingerprint(directory))
    if found is None or set(found.ids) != {clause.clause_id for clause in corpus.clauses}:
        return None
    return ReplicaIndex(corpus, embedder, found, display(directory), path=path)


def _expected(embedder: Embedder, corpus: Corpus, collection: str) -> dict[str, Any]:
    """What a replica's header must say to answer for `corpus` with `embedder` (besides the fingerprint)."""
    meta = {f"meta.{key}": value for key, value in collection_expectation(embedder, corpus.version).items()}
    return {**meta, "collection": collection}


def export_replica(index: ChromaIndex, client: Any, name: str, directory: Path) -> Path | None:
    """Write the read replica of a synchronised embedded collection; None (never an error) if not written.

    A replica that is still current (nothing has opened or written Chroma since it was written, as when
    one process opens the same index twice) is kept as it is.
    """
    path = replica_path(directory, name)
    try:
        current = read_replica(path, _expected(index.embedder, index.corpus, name), chroma_fingerprint(directory))
        if current is not None and set(current.ids) == {clause.clause_id for clause in index.corpus.clauses}:
            return path
        return _export(index, client, name, directory)
    except Exception as exc:  # the replica is an optimisation: Chroma keeps answering without it
        log.debug("replica of %s not written: %s: %s", index.location, type(exc).__name__, exc)
        return None


def _export(index: ChromaIndex, client: Any, name: str, directory: Path) -> Path | None:
    """Read the vectors back from Chroma and write them with a fingerprint taken around the read."""
    import numpy as np

    before = chroma_fingerprint(directory)
    fresh = client.get_collection(name, embedding_function=None)  # the metadata as stored now, not as cached
    meta = dict(fresh.metadata or {})
    data = fresh.get(include=["embeddings", "metadatas"])
    after = chroma_fingerprint(directory)
    if before is None or before != after:
        log.debug("Chroma changed while its replica was read: not written")
        return None
    expected = collection_expectation(index.embedder, index.corpus.version)
    if any(meta.get(key) != value for key, value in expected.items()):
        log.debug("the collection no longer holds this corpus: replica not written")
        return None
    ids = [str(chunk) for chunk in data["ids"]]
    metadatas = [dict(item or {}) for item in data["metadatas"] or []]
    if not _holds(index.corpus, ids, metadatas):
        log.debug("the stored chunks differ from the corpus: replica not written")
        return None
    documents = dict(zip((clause.clause_id for clause in index.corpus.clauses), index.bm25_documents(), strict=True))
    path = replica_path(directory, name)
    write_replica(
        path,
        header={
            "collection": name,
            "meta": meta,
            "fingerprint": after,
            "title_repeat": index.retrieval_settings.title_repeat,
        },
        ids=ids,
        metadatas=metadatas,
        vectors=np.asarray(data["embeddings"], dtype=np.float32),
        documents={chunk: documents[chunk] for chunk in ids},
    )
    return path


def _holds(corpus: Corpus, ids: list[str], metadatas: list[dict[str, Any]]) -> bool:
    """Exactly the corpus's clauses, each stored from the current version of its file."""
    hashes = {source.path: source.sha256 for source in corpus.files}
    return (
        len(ids) == len(metadatas) == len(set(ids))
        and set(ids) == {clause.clause_id for clause in corpus.clauses}
        and all(
            meta.get("clause_id") == chunk and meta.get("file_hash") == hashes.get(str(meta.get("path")))
            for chunk, meta in zip(ids, metadatas, strict=True)
        )
    )
