"""LLM verdicts cached on disk, so a re-run on unchanged code makes no model calls.

The key covers everything the verdict depends on: the finding's fingerprint, a hash of its file, the rule
library version, the knowledge-base version, the model, and the rendered prompt (which carries the
evidence). SQLite under `.secops/cache/`; any cache failure degrades to "no cache", never to a failed run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CACHE_FILE = Path(".secops") / "cache" / "llm-verdicts.sqlite3"


@dataclass(frozen=True)
class CacheKey:
    fingerprint: str
    code_hash: str
    rules_version: str
    kb_version: str
    model: str
    prompt_hash: str

    @property
    def digest(self) -> str:
        parts = [self.fingerprint, self.code_hash, self.rules_version, self.kb_version, self.model, self.prompt_hash]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def text_hash(text: str | bytes) -> str:
    return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()[:32]


class VerdictCache:
    """Thread-safe get/put of JSON payloads by `CacheKey`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._broken = False

    @classmethod
    def for_root(cls, root: Path) -> VerdictCache:
        return cls(root / CACHE_FILE)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10)
        try:
            connection.execute(
                "CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, model TEXT, fingerprint TEXT, "
                "created TEXT, payload TEXT)"
            )
            yield connection
            connection.commit()
        finally:
            connection.close()

    def get(self, key: CacheKey) -> dict[str, Any] | None:
        if self._broken:
            return None
        with self._lock:
            try:
                with self._db() as db:
                    row = db.execute("SELECT payload FROM verdicts WHERE key = ?", (key.digest,)).fetchone()
                payload = json.loads(row[0]) if row else None
            except (sqlite3.Error, OSError, ValueError) as exc:
                self._disable(exc)
                return None
        return payload if isinstance(payload, dict) else None

    def put(self, key: CacheKey, payload: dict[str, Any]) -> None:
        if self._broken:
            return
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            try:
                with self._db() as db:
                    db.execute(
                        "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?)",
                        (key.digest, key.model, key.fingerprint, created, json.dumps(payload, sort_keys=True)),
                    )
            except (sqlite3.Error, OSError) as exc:
                self._disable(exc)

    def _disable(self, exc: Exception) -> None:
        log.warning("LLM verdict cache %s unusable, continuing without it: %s", self.path, exc)
        self._broken = True
