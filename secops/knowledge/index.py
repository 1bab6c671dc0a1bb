"""`ChromaIndex`: the knowledge index on Chroma (embedded or server), with incremental indexing."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from secops._yaml import display
from secops.errors import KnowledgeError, SecopsError
from secops.knowledge.interface import Clause, ClauseHit, KnowledgeIndex, SearchFilters
from secops.knowledge.loader import Corpus, load_corpus
from secops.knowledge.replica import remove_replicas, replica_enabled
from secops.knowledge.retrieval import HybridRetriever, RetrievalSettings, bm25_document, indexed_text
from secops.providers.embeddings import Embedder, get_embedder
from secops.resources import knowledge_dir

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


INDEX_FORMAT = 1
"""Bump when the indexed text or the chunk metadata changes: older indexes then ask for a rebuild."""
DEFAULT_COLLECTION = "secops-knowledge"
HNSW_EF_SEARCH = 1024
"""Breadth of Chroma's HNSW search. At least the number of clauses makes it exhaustive: results are exact,
equal to the read replica's and the same after every rebuild. Chroma's default (100) misses true
neighbours among hashed vectors, and which ones changes from build to build (docs/knowledge-index.md)."""
REBUILD = "secops kb index --rebuild"
_UUID_DIR = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_BATCH = 64


def default_index_dir() -> Path:
    """SECOPS_INDEX_DIR, else `<SECOPS_STATE_DIR or .secops>/index`."""
    explicit = os.environ.get("SECOPS_INDEX_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("SECOPS_STATE_DIR") or ".secops") / "index"


@dataclass(frozen=True)
class IndexStats:
    """What one synchronisation of the index with the knowledge base did."""

    location: str
    provider: str
    model: str
    dimensions: int
    corpus_version: str
    clauses: int
    files: int
    embedded: int = 0  # clauses sent to the embedder
    changed_files: tuple[str, ...] = ()
    removed_files: tuple[str, ...] = ()
    created: bool = False

    @property
    def up_to_date(self) -> bool:
        return not (self.embedded or self.changed_files or self.removed_files)


@dataclass
class _Stored:
    file_hash: str = ""
    ids: set[str] = field(default_factory=set)


def _chroma_settings() -> Any:
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)  # a fresh object: clients mutate it


@contextmanager
def _guard(what: str, location: str, hint: str) -> Iterator[None]:
    """Turn anything Chroma raises into a KnowledgeError with a fix (never a traceback)."""
    try:
        yield
    except SecopsError:
        raise
    except Exception as exc:
        raise KnowledgeError(f"{what} failed: {type(exc).__name__}: {exc}", where=location, hint=hint) from exc


def _wipe(directory: Path) -> None:
    """Remove what Chroma keeps in `directory` (its sqlite file and segment folders) and the replicas, nothing else."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(directory), None)
    if not directory.is_dir():
        return
    remove_replicas(directory)
    for entry in directory.iterdir():
        if entry.name.startswith("chroma.sqlite3") and entry.is_file():
            entry.unlink()
        elif _UUID_DIR.match(entry.name) and entry.is_dir():
            shutil.rmtree(entry)


def _server_hint(url: str) -> str:
    return (
        f"start the server (chroma run --path DIR --host 127.0.0.1 --port PORT) or fix --chroma-url / "
        f"SECOPS_CHROMA_URL ({url}); unset it to use the embedded index under .secops/index"
    )


def connect(index_dir: Path | None, chroma_url: str | None) -> tuple[Any, str]:
    """A Chroma client (embedded or HTTP) and a printable location."""
    import chromadb

    if chroma_url:
        parts = urlsplit(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        ssl = parts.scheme == "https"
        host = parts.hostname or "localhost"
        port = parts.port or (443 if ssl else 8000)
        token = os.environ.get("SECOPS_CHROMA_TOKEN")
        headers = {"Authorization": f"Bearer {token}"} if token else None
        with _guard(f"connecting to the Chroma server at {chroma_url}", chroma_url, _server_hint(chroma_url)):
            client = chromadb.HttpClient(host=host, port=port, ssl=ssl, headers=headers, settings=_chroma_settings())
            client.heartbeat()
        return client, chroma_url
    directory = (index_dir or default_index_dir()).resolve()
    location = display(directory)
    hint = f"the index directory is corrupt or unreadable: run `{REBUILD}` (or delete {location})"
    with _guard("opening the index", location, hint):
        directory.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(directory), settings=_chroma_settings())
    return client, location


def _chunk_metadata(clause: Clause, file_hash: str) -> dict[str, str | int | bool]:
    meta: dict[str, str | int | bool] = {
        "clause_id": clause.clause_id,
        "doc_id": clause.doc_id,
        "path": clause.path,
        "file_hash": file_hash,
        "line": clause.line,
        "title": clause.title,
        "version": clause.version,
    }
    if not clause.languages:
        meta["lang_any"] = True
    for language in clause.languages:
        meta[f"lang_{_key(language)}"] = True
    for cwe in clause.cwes:
        meta[f"cwe_{_key(cwe)}"] = True
    return meta


def _key(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")


def _any_of(conditions: list[dict[str, Any]]) -> dict[str, Any]:
    return conditions[0] if len(conditions) == 1 else {"$or": conditions}


def check_dimensions(vectors: NDArray[np.float32], stored: int, location: str) -> int:
    """The vectors' width; a KnowledgeError when the index holds vectors of another width."""
    dims = int(vectors.shape[1])
    if stored and dims != stored:
        raise KnowledgeError(
            f"the embedder returns {dims}-dimensional vectors but the index at {location} holds "
            f"{stored}-dimensional ones",
            where=location,
            hint=f"run `{REBUILD}` after changing the embedding model or its dimensions",
        )
    return dims


def chroma_where(filters: SearchFilters | None) -> dict[str, Any] | None:
    """The Chroma `where` clause equivalent to `filters.matches` (None when nothing filters)."""
    if filters is None or filters.empty:
        return None
    parts: list[dict[str, Any]] = []
    if filters.languages:
        parts.append(_any_of([{f"lang_{_key(lang)}": True} for lang in filters.languages] + [{"lang_any": True}]))
    if filters.cwes:
        parts.append(_any_of([{f"cwe_{_key(cwe)}": True} for cwe in filters.cwes]))
    if filters.doc_ids:
        parts.append({"doc_id": {"$in": list(filters.doc_ids)}})
    return parts[0] if len(parts) == 1 else {"$and": parts}


class HybridIndex:
    """What every index serves: the corpus, and hybrid search fusing BM25 with the subclass's dense leg."""

    served_by = ""

    def __init__(self, corpus: Corpus, embedder: Embedder, location: str, settings: RetrievalSettings | None) -> None:
        self.corpus = corpus
        self.embedder = embedder
        self.location = location
        self._settings = settings
        self._retriever: HybridRetriever | None = None
        self._documents: list[list[str]] | None = None

    @property
    def version(self) -> str:
        return self.corpus.version

    @property
    def retrieval_settings(self) -> RetrievalSettings:
        return self._settings or RetrievalSettings.for_provider(self.embedder.provider)

    def bm25_documents(self) -> list[list[str]]:
        """The BM25 token lists of the clauses, in corpus order (computed once: the replica stores them too)."""
        if self._documents is None:
            settings = self.retrieval_settings
            self._documents = [bm25_document(clause, settings) for clause in self.corpus.clauses]
        return self._documents

    def _dense(self, text: str, n: int, filters: SearchFilters | None) -> list[tuple[str, float]]:
        raise NotImplementedError

    @property
    def retriever(self) -> HybridRetriever:
        if self._retriever is None:
            self._retriever = HybridRetriever(
                self.corpus.clauses, self._dense, self.retrieval_settings, self.bm25_documents()
            )
        return self._retriever

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[ClauseHit]:
        return self.retriever.search(query, k, filters)

    def get(self, clause_id: str) -> Clause | None:
        return self.corpus.get(clause_id)


class ChromaIndex(HybridIndex):
    """Clause vectors in a Chroma collection; BM25 built from the corpus on load; hybrid search."""

    served_by = "chroma"

    def __init__(
        self,
        corpus: Corpus,
        embedder: Embedder,
        collection: Any,
        location: str,
        settings: RetrievalSettings | None = None,
    ) -> None:
        super().__init__(corpus, embedder, location, settings)
        self._collection = collection
        self.replica: Path | None = None  # the read replica written by `open`, if any
        self.stats = self._stats()

    # --- opening -------------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        corpus: Corpus,
        embedder: Embedder,
        *,
        index_dir: Path | None = None,
        chroma_url: str | None = None,
        collection: str = DEFAULT_COLLECTION,
        rebuild: bool = False,
        refresh: bool = True,
        create: bool = True,
        settings: RetrievalSettings | None = None,
    ) -> ChromaIndex:
        """Open (and with `refresh`, bring up to date) the index of `corpus`.

        A missing collection is built when `create` is true. A collection built with another
        embedder or format, or left half-written by an interrupted run, is a KnowledgeError
        whose fix is `secops kb index --rebuild`. An embedded index then (re)writes its read
        replica unless SECOPS_INDEX_REPLICA is off (`replica_index.export_replica`).
        """
        directory = (index_dir or default_index_dir()).resolve()
        if rebuild and not chroma_url:
            with _guard("clearing the index directory", display(directory), f"delete {directory} by hand"):
                _wipe(directory)
        client, location = connect(index_dir, chroma_url)
        hint = f"run `{REBUILD}`" + ("" if chroma_url else f" (or delete {location})")
        with _guard("reading the index", location, hint):
            if rebuild and chroma_url:
                cls._drop(client, collection)
            found = cls._find(client, collection)
        if found is None:
            if not create:
                raise KnowledgeError(f"no knowledge index at {location}", hint="run `secops kb index` to build it")
            with _guard("creating the index", location, hint):
                found = client.create_collection(
                    collection,
                    embedding_function=None,  # we always pass embeddings: Chroma must never embed
                    configuration={"hnsw": {"space": "cosine", "ef_search": HNSW_EF_SEARCH}},
                    metadata=_collection_meta(embedder, corpus_version="", dimensions=0, state="new"),
                )
        index = cls(corpus, embedder, found, location, settings)
        index._check_compatible()
        if index.stats.corpus_version != corpus.version:
            if not refresh:
                raise KnowledgeError(
                    f"the knowledge index at {location} is out of date with {display(corpus.root)}",
                    hint="run `secops kb index` to update it",
                )
            index.sync()
        if not chroma_url and replica_enabled():
            index.replica = index.export_replica(client, collection, directory)
        return index

    @staticmethod
    def _find(client: Any, name: str) -> Any | None:
        from chromadb.errors import NotFoundError

        try:
            return client.get_collection(name, embedding_function=None)
        except (NotFoundError, ValueError):
            return None

    @staticmethod
    def _drop(client: Any, name: str) -> None:
        from chromadb.errors import NotFoundError

        with suppress(NotFoundError, ValueError):
            client.delete_collection(name)

    def _meta(self) -> Mapping[str, Any]:
        return dict(self._collection.metadata or {})

    def _stats(self, **changes: Any) -> IndexStats:
        meta = self._meta()
        return IndexStats(
            location=self.location,
            provider=str(meta.get("provider", "")),
            model=str(meta.get("model", "")),
            dimensions=int(meta.get("dimensions", 0) or 0),
            corpus_version=str(meta.get("corpus_version", "")),
            clauses=len(self.corpus.clauses),
            files=len(self.corpus.files),
            **changes,
        )

    def _check_compatible(self) -> None:
        meta = self._meta()
        state = meta.get("state")
        built = (
            f"{meta.get('provider')}/{meta.get('model')} ({meta.get('dimensions')} dims, format {meta.get('format')})"
        )
        wanted = f"{self.embedder.provider}/{self.embedder.model}"
        if meta.get("format") != INDEX_FORMAT or (meta.get("provider"), meta.get("model")) != (
            self.embedder.provider,
            self.embedder.model,
        ):
            raise KnowledgeError(
                f"the knowledge index at {self.location} was built with {built}; this run uses {wanted} "
                f"(format {INDEX_FORMAT})",
                where=self.location,
                hint=f"run `{REBUILD}` with the embedder you want (--provider/--model), "
                "or use the one it was built with",
            )
        if state == "building":
            raise KnowledgeError(
                f"the knowledge index at {self.location} is half-written (an indexing run was interrupted)",
                where=self.location,
                hint=f"run `{REBUILD}`",
            )

    def _check_dimensions(self, vectors: NDArray[np.float32]) -> int:
        return check_dimensions(vectors, int(self._meta().get("dimensions", 0) or 0), self.location)

    def _write_meta(self, **changes: Any) -> None:
        meta = {**self._meta(), **changes}
        self._collection.modify(metadata=meta)

    # --- incremental indexing --------------------------------------------------------------------

    def _stored(self) -> dict[str, _Stored]:
        result = self._collection.get(include=["metadatas"])
        stored: dict[str, _Stored] = {}
        for chunk_id, meta in zip(result["ids"], result["metadatas"] or [], strict=False):
            entry = stored.setdefault(str((meta or {}).get("path", "")), _Stored())
            entry.file_hash = str((meta or {}).get("file_hash", ""))
            entry.ids.add(chunk_id)
        return stored

    def sync(self) -> IndexStats:
        """Bring the collection in line with the corpus, embedding only the clauses of changed files."""
        hint = f"run `{REBUILD}`" + ("" if "://" in self.location else f" (or delete {self.location})")
        with _guard("updating the index", self.location, hint):
            if self._meta().get("corpus_version") == self.corpus.version and self._meta().get("state") == "ready":
                self.stats = self._stats()
                return self.stats
            created = self._meta().get("state") == "new"
            self._write_meta(state="building")
            stored = self._stored()
            by_path: dict[str, list[Clause]] = {}
            for clause in self.corpus.clauses:
                by_path.setdefault(clause.path, []).append(clause)
            changed = [
                source.path
                for source in self.corpus.files
                if (entry := stored.get(source.path)) is None
                or entry.file_hash != source.sha256
                or entry.ids != {clause.clause_id for clause in by_path.get(source.path, [])}
            ]
            current = {source.path for source in self.corpus.files}
            removed = sorted(path for path in stored if path not in current)
            stale = [chunk for path in changed + removed if path in stored for chunk in stored[path].ids]
            if stale:
                self._collection.delete(ids=sorted(stale))
            todo = [clause for path in changed for clause in by_path.get(path, [])]
            dims = self._embed_and_store(todo)
            self._write_meta(state="ready", corpus_version=self.corpus.version, dimensions=dims)
        self._retriever = None
        self.stats = self._stats(
            embedded=len(todo),
            changed_files=tuple(path for path in changed if by_path.get(path) or path in stored),
            removed_files=tuple(removed),
            created=created,
        )
        return self.stats

    def _embed_and_store(self, clauses: list[Clause]) -> int:
        dims = int(self._meta().get("dimensions", 0) or 0)
        for start in range(0, len(clauses), _BATCH):
            batch = clauses[start : start + _BATCH]
            vectors = self.embedder.embed([indexed_text(clause) for clause in batch])
            dims = self._check_dimensions(vectors)
            self._collection.upsert(
                ids=[clause.clause_id for clause in batch],
                embeddings=vectors.tolist(),
                documents=[indexed_text(clause) for clause in batch],
                metadatas=[_chunk_metadata(clause, self.corpus.file_hash(clause.path)) for clause in batch],
            )
        return dims

    # --- the KnowledgeIndex protocol --------------------------------------------------------------

    def _dense(self, text: str, n: int, filters: SearchFilters | None) -> list[tuple[str, float]]:
        vector = self.embedder.embed([text])
        self._check_dimensions(vector)
        with _guard("querying the index", self.location, f"check the index; run `{REBUILD}` if it persists"):
            result = self._collection.query(
                query_embeddings=vector.tolist(),
                n_results=max(1, min(n, len(self.corpus.clauses))),
                where=chroma_where(filters),
                include=["distances"],
            )
        ids = result["ids"][0] if result["ids"] else []
        distances = (result.get("distances") or [[]])[0] or [0.0] * len(ids)
        return [(str(chunk), 1.0 - float(distance)) for chunk, distance in zip(ids, distances, strict=False)]

    def count(self) -> int:
        with _guard("counting the index", self.location, f"run `{REBUILD}`"):
            return int(self._collection.count())

    # --- the read replica -------------------------------------------------------------------------

    def export_replica(self, client: Any, name: str, directory: Path) -> Path | None:
        """Write the read replica of this embedded collection; None (never an error) when it is not written."""
        from secops.knowledge.replica_index import export_replica

        return export_replica(self, client, name, directory)


def collection_expectation(embedder: Embedder, corpus_version: str) -> dict[str, Any]:
    """The collection metadata under which stored vectors answer for `corpus_version` with `embedder`."""
    return {
        "format": INDEX_FORMAT,
        "provider": embedder.provider,
        "model": embedder.model,
        "corpus_version": corpus_version,
        "state": "ready",
    }


def _collection_meta(embedder: Embedder, *, corpus_version: str, dimensions: int, state: str) -> dict[str, Any]:
    return {
        "format": INDEX_FORMAT,
        "provider": embedder.provider,
        "model": embedder.model,
        "dimensions": dimensions,
        "corpus_version": corpus_version,
        "state": state,
    }


def open_index(
    *,
    kb_dir: Path | str | None = None,
    index_dir: Path | str | None = None,
    chroma_url: str | None = None,
    provider: str | None = None,
    model: str | None = None,
    embedder: Embedder | None = None,
    collection: str | None = None,
    rebuild: bool = False,
    refresh: bool = True,
) -> KnowledgeIndex:
    """The knowledge index triage and the assistant use, built on first use and kept up to date.

    Arguments default to SECOPS_KB_DIR, SECOPS_INDEX_DIR, SECOPS_CHROMA_URL, SECOPS_EMBEDDINGS,
    SECOPS_EMBEDDING_MODEL and SECOPS_CHROMA_COLLECTION, then to the bundled knowledge base, an
    embedded index under `.secops/index/` and the offline embedder.

    An embedded index whose read replica still matches the corpus, the embedder and Chroma's files
    is served from the replica without importing chromadb (`SECOPS_INDEX_REPLICA=off` forbids it);
    otherwise Chroma is opened, synchronised and the replica rewritten.
    """
    target = _Target.resolve(kb_dir, index_dir, chroma_url, provider, model, embedder, collection)
    if not (rebuild or target.chroma_url) and replica_enabled():
        from secops.knowledge.replica_index import open_replica

        served = open_replica(target.corpus, target.embedder, target.directory, target.collection)
        if served is not None:
            return served
    return target.open(rebuild=rebuild, refresh=refresh, create=True)


def open_chroma_index(
    *,
    kb_dir: Path | str | None = None,
    index_dir: Path | str | None = None,
    chroma_url: str | None = None,
    provider: str | None = None,
    model: str | None = None,
    embedder: Embedder | None = None,
    collection: str | None = None,
    rebuild: bool = False,
    refresh: bool = True,
    create: bool = True,
) -> ChromaIndex:
    """`open_index` through Chroma always, typed as the concrete class (for `secops kb index`, which
    reports its stats and rewrites the read replica)."""
    target = _Target.resolve(kb_dir, index_dir, chroma_url, provider, model, embedder, collection)
    return target.open(rebuild=rebuild, refresh=refresh, create=create)


@dataclass(frozen=True)
class _Target:
    """What to open: the corpus, the embedder and where the index lives (arguments, then SECOPS_* variables)."""

    corpus: Corpus
    embedder: Embedder
    index_dir: Path | None
    chroma_url: str | None
    collection: str

    @classmethod
    def resolve(
        cls,
        kb_dir: Path | str | None,
        index_dir: Path | str | None,
        chroma_url: str | None,
        provider: str | None,
        model: str | None,
        embedder: Embedder | None,
        collection: str | None,
    ) -> _Target:
        return cls(
            corpus=load_corpus(Path(kb_dir) if kb_dir else knowledge_dir()),
            embedder=embedder or get_embedder(provider, model=model or os.environ.get("SECOPS_EMBEDDING_MODEL")),
            index_dir=Path(index_dir) if index_dir else None,
            chroma_url=chroma_url or os.environ.get("SECOPS_CHROMA_URL") or None,
            collection=collection or os.environ.get("SECOPS_CHROMA_COLLECTION") or DEFAULT_COLLECTION,
        )

    @property
    def directory(self) -> Path:
        return (self.index_dir or default_index_dir()).resolve()

    def open(self, *, rebuild: bool, refresh: bool, create: bool) -> ChromaIndex:
        return ChromaIndex.open(
            self.corpus,
            self.embedder,
            index_dir=self.index_dir,
            chroma_url=self.chroma_url,
            collection=self.collection,
            rebuild=rebuild,
            refresh=refresh,
            create=create,
        )
