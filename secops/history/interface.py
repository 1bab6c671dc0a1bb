"""The history plug-point: the run record written after each scan, and the `HistoryStore` every backend implements."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date

from secops.errors import ConfigError

SCHEMA_VERSION = 1
"""Version of one history line. Readers refuse newer versions instead of guessing (docs/visibility.md)."""

HUMAN_DECIDERS = frozenset({"memory", "human"})
"""`decided_by` values that carry a human verdict (`triage mark`, GitHub dismissals via triage memory)."""


class HistoryError(ConfigError):
    """The history store cannot be read or written, or holds records this version cannot read."""


@dataclass(frozen=True)
class FindingRecord:
    fingerprint: str
    rule: str
    severity: str
    verdict: str
    decided_by: str
    suppression: str | None  # SuppressionKind value, None while the finding counts
    path: str = ""


@dataclass(frozen=True)
class RunRecord:
    """One scan: where and when it ran, with which rule pack and knowledge base, and what it found."""

    run_id: str
    time: str  # ISO 8601, UTC, seconds ("2026-11-28T08:41:47Z")
    repo: str  # "owner/name" (GitHub), else the remote's path, else the directory name
    commit: str | None
    branch: str | None
    pr: int | None
    default_branch: str | None
    mode: str  # full | diff | staged: only full runs on the default branch open and close findings
    command: str  # scan | ci-github
    tool_version: str
    rules_version: str
    kb_version: str
    gate: str  # pass | fail
    findings: tuple[FindingRecord, ...]
    schema_version: int = SCHEMA_VERSION

    @property
    def day(self) -> date:
        return date.fromisoformat(self.time[:10])

    def to_json(self) -> str:
        """One compact line (no newline); field order is stable so lines diff and grep well."""
        data = asdict(self)
        data = {"schema_version": data.pop("schema_version"), **data}
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class RawLine:
    """A line as stored, before parsing: `where` names the file or object for warnings."""

    where: str
    line: int
    data: bytes


class HistoryStore(ABC):
    """Append-only run records. Implementations: `local.LocalStore`, `s3.S3Store`."""

    location: str

    @abstractmethod
    def append(self, record: RunRecord) -> str:
        """Store one record; return where it went (a path or s3:// URL)."""

    @abstractmethod
    def lines(self, since: date | None = None, repo: str | None = None) -> Iterator[RawLine]:
        """Every stored line, oldest partition first, streamed. `since`/`repo` may prune whole partitions;
        callers still filter each record (a pruned store is an optimisation, not a guarantee)."""
