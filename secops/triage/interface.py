"""Contracts of the triage layer: what collectors see, what deciders return."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from secops.models import Evidence, Finding, TriagedFinding
from secops.triage.source import SourceCache

if TYPE_CHECKING:
    from secops.knowledge.catalog import ApprovedEntry, ExceptionEntry
    from secops.knowledge.interface import KnowledgeIndex


class Flow(StrEnum):
    """What reaches a sink, from safest to most dangerous."""

    CONSTANT = "constant"
    SANITIZED = "sanitized"  # through an approved sanitizer that fits the sink's family
    VALIDATED = "validated"  # guarded by a check that rejects dangerous values
    TRUSTED = "trusted"  # from a source the organisation declares trusted
    UNKNOWN = "unknown"
    TAINTED = "tainted"  # from attacker-controlled input

    @property
    def safe(self) -> bool:
        return self in (Flow.CONSTANT, Flow.SANITIZED, Flow.VALIDATED, Flow.TRUSTED)

    @property
    def danger(self) -> int:
        return {Flow.UNKNOWN: 1, Flow.TAINTED: 2}.get(self, 0)


@dataclass
class TriageContext:
    root: Path
    sources: SourceCache
    approved: Sequence[ApprovedEntry] = ()
    exceptions: Sequence[ExceptionEntry] = ()
    index: KnowledgeIndex | None = None
    today: date = field(default_factory=date.today)
    # (file, word, same directory only, as a call) → other files mentioning it; per-run memo for collectors
    mentions: dict[tuple[str, str, bool, bool], tuple[str, ...]] = field(default_factory=dict, repr=False)
    _files: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    # (rule, clause, family, cwe, message) → (clause ids, remediation): findings of one rule retrieve alike.
    standards_memo: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = field(default_factory=dict, repr=False)

    def repo_files(self, suffix: str, limit: int = 5000) -> tuple[str, ...]:
        """Repo-relative files ending in `suffix` (for cross-module lookups), listed once, lazily."""
        if suffix not in self._files:
            found: list[str] = []
            for current, dirs, files in os.walk(self.root):
                dirs[:] = sorted(d for d in dirs if d not in _NOT_FIRST_PARTY and not d.startswith("."))
                base = Path(current).relative_to(self.root)
                found += [(base / f).as_posix() for f in sorted(files) if f.endswith(suffix)]
                if len(found) >= limit:
                    break
            self._files[suffix] = tuple(found[:limit])
        return self._files[suffix]


_NOT_FIRST_PARTY = {"node_modules", "venv", "site-packages", "__pycache__", "vendor", "third_party", "dist", "build"}


class Collector(Protocol):
    name: str

    def collect(self, finding: Finding, ctx: TriageContext) -> list[Evidence]: ...


class Decider(Protocol):
    name: str

    def decide(self, finding: Finding, evidence: Sequence[Evidence], ctx: TriageContext) -> TriagedFinding: ...
