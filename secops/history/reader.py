"""Read history lines back one at a time: parse, check the schema version, skip what is corrupt (with a warning)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from secops.history.interface import SCHEMA_VERSION, HistoryError, HistoryStore

_loads: Callable[[bytes], Any]
try:  # orjson parses history lines several times faster; the standard library is the fallback
    from orjson import loads as _loads
except ImportError:  # pragma: no cover - orjson comes with chromadb
    _loads = json.loads

MAX_SHOWN = 20


@dataclass
class Warnings:
    """Skipped-line warnings: every one counted, the first MAX_SHOWN kept (and reported as they happen)."""

    report: Callable[[str], None] | None = None
    shown: list[str] = field(default_factory=list)
    count: int = 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.shown) < MAX_SHOWN:
            self.shown.append(message)
            if self.report is not None:
                self.report(message)

    def summary(self) -> list[str]:
        extra = self.count - len(self.shown)
        return [*self.shown, f"... and {extra} more skipped line(s)"] if extra > 0 else list(self.shown)


@dataclass(frozen=True)
class Run:
    where: str  # file:line or s3://bucket/key:line
    time: datetime
    data: dict[str, Any]  # the record as parsed; `findings` is a list of dicts


def parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("time is not a string")
    stamp = datetime.fromisoformat(value)
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp


def _check(data: object) -> str | None:
    """Why this parsed line is not a usable record (None: it is)."""
    if not isinstance(data, dict):
        return "not a JSON object"
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        return "no integer schema_version"
    for key, kind in (("repo", str), ("time", str), ("findings", list)):
        if not isinstance(data.get(key), kind):
            return f"missing or malformed {key!r}"
    return None


def read_runs(
    store: HistoryStore, since: datetime | None = None, repo: str | None = None, warnings: Warnings | None = None
) -> Iterator[Run]:
    """Records in store order, one line in memory at a time. A newer schema version stops the read."""
    sink = warnings if warnings is not None else Warnings()
    for raw in store.lines(since.date() if since else None, repo):
        if not raw.data.strip():
            continue
        where = f"{raw.where}:{raw.line}"
        try:
            data = _loads(raw.data)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError included
            sink.add(f"{where}: skipped a corrupt history line ({str(exc).splitlines()[0][:120]})")
            continue
        problem = _check(data)
        if problem is not None:
            sink.add(f"{where}: skipped a history line: {problem}")
            continue
        if data["schema_version"] != SCHEMA_VERSION:
            raise HistoryError(
                f"history record has schema_version {data['schema_version']}; this secops reads version "
                f"{SCHEMA_VERSION}",
                where=where,
                hint="upgrade secops to read newer history, or point --history at records this version wrote",
            )
        try:
            stamp = parse_time(data["time"])
        except ValueError as exc:
            sink.add(f"{where}: skipped a history line: bad time {data['time']!r} ({exc})")
            continue
        if (since is not None and stamp < since) or (repo is not None and data["repo"] != repo):
            continue
        yield Run(where, stamp, data)
