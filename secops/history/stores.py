"""`--history DIR|s3://bucket/prefix` (or SECOPS_HISTORY) -> a store."""

from __future__ import annotations

from pathlib import Path

from secops.history.interface import HistoryStore
from secops.history.local import DEFAULT_DIR, LocalStore


def open_store(location: str | None, root: Path | None = None) -> HistoryStore:
    """An s3:// URL opens the S3 store; anything else is a directory (default `<root>/.secops/history`)."""
    if location and location.startswith("s3://"):
        from secops.history.s3 import S3Store

        return S3Store(location)
    if location:
        return LocalStore(Path(location).expanduser())
    return LocalStore((root or Path.cwd()) / DEFAULT_DIR)
