"""The read replica of an embedded Chroma collection: one `.npz` file beside `chroma.sqlite3`.

Chroma is the store of record. After each successful synchronisation of an embedded index, the clause
vectors and chunk metadata are read back from Chroma and written here with the collection metadata, a
fingerprint of `chroma.sqlite3` and the BM25 token lists. A query process whose corpus, embedder and
Chroma files still match the replica serves from it and never imports chromadb (whose import is most
of a cold `secops kb search`). Anything that does not match, or cannot be read, is simply not used.
This module imports neither chromadb nor numpy at module level.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

REPLICA_FORMAT = 1
"""Bump when the layout of the replica file changes."""
REPLICA_ENV = "SECOPS_INDEX_REPLICA"
_PREFIX = "secops-replica-"
_CHROMA_FILES = ("chroma.sqlite3", "chroma.sqlite3-wal")
_TOKENIZER_MODULES = ("secops.knowledge.text", "secops.knowledge.synonyms", "secops.knowledge.retrieval")


def replica_enabled() -> bool:
    """False when SECOPS_INDEX_REPLICA is `off` (or 0/false/no): every query then goes through Chroma."""
    return os.environ.get(REPLICA_ENV, "").strip().lower() not in ("off", "0", "false", "no")


def replica_path(directory: Path, collection: str) -> Path:
    return directory / f"{_PREFIX}{collection}.npz"


def remove_replicas(directory: Path) -> None:
    """Delete every replica (and leftover temporary file) in an index directory."""
    if directory.is_dir():
        for entry in directory.iterdir():
            if entry.name.startswith((_PREFIX, f".{_PREFIX}")) and entry.is_file():
                entry.unlink()


def chroma_fingerprint(directory: Path) -> list[int] | None:
    """(size, mtime_ns, inode) of `chroma.sqlite3` (and of its WAL if any); None without a database.

    Every Chroma client changes the mtime when it opens the database, and every write does, so a
    replica whose fingerprint still matches was written after the last time anyone touched Chroma.
    """
    values: list[int] = []
    for name in _CHROMA_FILES:
        try:
            stat = (directory / name).stat()
        except FileNotFoundError:
            if name == _CHROMA_FILES[0]:
                return None
            continue
        except OSError:
            return None
        values.extend((stat.st_size, stat.st_mtime_ns, stat.st_ino))
    return values


@lru_cache(maxsize=1)
def tokenizer_version() -> str:
    """A hash of the code that turns clauses into BM25 tokens: stored token lists from other code are not used."""
    digest = hashlib.sha256()
    for name in _TOKENIZER_MODULES:
        source = getattr(importlib.import_module(name), "__file__", None)
        digest.update(Path(source).read_bytes() if source else name.encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Replica:
    """What a replica file holds; `vectors` row i belongs to `ids[i]`."""

    header: Mapping[str, Any]
    ids: tuple[str, ...]
    metadatas: tuple[Mapping[str, Any], ...]
    vectors: NDArray[np.float32]
    documents: Mapping[str, Sequence[str]]  # clause id -> BM25 tokens

    @property
    def meta(self) -> Mapping[str, Any]:
        """The Chroma collection metadata at export time (format, provider, model, dimensions, ...)."""
        return dict(self.header.get("meta") or {})

    @property
    def title_repeat(self) -> int:
        return int(self.header.get("title_repeat", 0))

    @cached_property
    def unit_vectors(self) -> NDArray[np.float32]:
        """Rows scaled to unit length, as Chroma's cosine space compares them."""
        import numpy as np

        norms = np.linalg.norm(self.vectors, axis=1, keepdims=True).astype(np.float32)
        unit: NDArray[np.float32] = (self.vectors / np.maximum(norms, np.float32(1e-12))).astype(np.float32)
        return unit


def _array(data: bytes) -> Any:
    import numpy as np

    return np.frombuffer(data, dtype=np.uint8)


def _json(value: Any) -> Any:
    return json.loads(bytes(value).decode("utf-8"))


def write_replica(
    path: Path,
    *,
    header: Mapping[str, Any],
    ids: Sequence[str],
    metadatas: Sequence[Mapping[str, Any]],
    vectors: NDArray[np.float32],
    documents: Mapping[str, Sequence[str]],
) -> None:
    """Write the replica atomically: a temporary file in the same directory, then `os.replace`."""
    import numpy as np

    full = {**header, "replica_format": REPLICA_FORMAT, "count": len(ids), "tokenizer": tokenizer_version()}
    records = {"ids": list(ids), "metadatas": [dict(meta) for meta in metadatas], "documents": dict(documents)}
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            np.savez(
                handle,
                header=_array(json.dumps(full, sort_keys=True).encode("utf-8")),
                records=_array(json.dumps(records).encode("utf-8")),
                vectors=np.ascontiguousarray(vectors, dtype=np.float32),
            )
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def read_replica(path: Path, expected: Mapping[str, Any], fingerprint: list[int] | None) -> Replica | None:
    """The replica at `path` if its header has every `expected` item and `fingerprint`, else None.

    A missing, stale, truncated or foreign file is None (with a debug note), never an error.
    """
    if fingerprint is None or not path.is_file():
        return None
    try:
        return _read(path, expected, fingerprint)
    except Exception as exc:  # a damaged file is a stale replica: Chroma answers instead
        log.debug("replica %s unreadable (%s: %s); using Chroma", path, type(exc).__name__, exc)
        return None


def _stale(path: Path, header: Mapping[str, Any], expected: Mapping[str, Any], fingerprint: list[int]) -> list[str]:
    wanted = {
        **expected,
        "replica_format": REPLICA_FORMAT,
        "fingerprint": fingerprint,
        "tokenizer": tokenizer_version(),
    }
    stale = sorted(key for key, value in wanted.items() if _lookup(header, key) != value)
    if stale:
        log.debug("replica %s is stale (%s differ)", path, ", ".join(stale))
    return stale


def _read(path: Path, expected: Mapping[str, Any], fingerprint: list[int]) -> Replica | None:
    import numpy as np

    with np.load(path, allow_pickle=False) as archive:
        header = _json(archive["header"])
        if _stale(path, header, expected, fingerprint):
            return None
        records = _json(archive["records"])
        vectors = np.asarray(archive["vectors"], dtype=np.float32)
    ids = tuple(str(chunk) for chunk in records["ids"])
    metadatas = tuple(dict(meta) for meta in records["metadatas"])
    documents = {str(key): [str(token) for token in value] for key, value in records["documents"].items()}
    count = int(header["count"])
    dims = int(header["meta"]["dimensions"])
    if not (len(ids) == len(set(ids)) == len(metadatas) == count == vectors.shape[0]) or vectors.shape[1] != dims:
        raise ValueError(f"inconsistent shapes: {count} ids, vectors {vectors.shape}, {dims} dims")
    if set(documents) != set(ids) or not np.isfinite(vectors).all():
        raise ValueError("token lists or vectors do not match the ids")
    return Replica(header, ids, metadatas, vectors, documents)


def _lookup(header: Mapping[str, Any], key: str) -> Any:
    """`meta.provider` looks inside `header["meta"]`."""
    value: Any = header
    for part in key.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value
