"""History in a local directory: JSON Lines, one file per UTC day (`2026-11-28.jsonl`), every repository mixed."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from secops.history.interface import HistoryError, HistoryStore, RawLine, RunRecord

DEFAULT_DIR = Path(".secops") / "history"
_DAY_FILE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.jsonl$")


class LocalStore(HistoryStore):
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.location = str(directory)

    def append(self, record: RunRecord) -> str:
        path = self.directory / f"{record.day.isoformat()}.jsonl"
        data = (record.to_json() + "\n").encode("utf-8")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            # One write() on an O_APPEND descriptor: concurrent local runs do not interleave within a line.
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
        except OSError as exc:
            raise HistoryError(
                f"cannot append to the history file {path}: {exc.strerror or exc}",
                where=str(path),
                hint="pass a writable directory with --history DIR (or SECOPS_HISTORY)",
            ) from exc
        return str(path)

    def day_files(self, since: date | None = None) -> list[Path]:
        if not self.directory.is_dir():
            return []
        chosen = []
        for path in self.directory.iterdir():
            match = _DAY_FILE.match(path.name)
            if match and path.is_file() and (since is None or match.group(1) >= since.isoformat()):
                chosen.append(path)
        return sorted(chosen)

    def lines(self, since: date | None = None, repo: str | None = None) -> Iterator[RawLine]:
        for path in self.day_files(since):
            try:
                with path.open("rb") as handle:
                    for number, data in enumerate(handle, 1):
                        yield RawLine(str(path), number, data)
            except OSError as exc:
                message = f"cannot read the history file {path}: {exc.strerror or exc}"
                raise HistoryError(message, where=str(path), hint="check the file's permissions") from exc
