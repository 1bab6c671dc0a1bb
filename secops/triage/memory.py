"""Triage as reviewable code: human verdicts in `.secops/triage.yaml`, expiring when the code changes."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from secops.errors import ConfigError
from secops.models import Finding, Verdict
from secops.scan.fingerprint import code_hash

MEMORY_FILE = Path(".secops") / "triage.yaml"


@dataclass(frozen=True)
class MemoryEntry:
    fingerprint: str
    verdict: str  # true_positive | false_positive
    reason: str
    author: str
    date: str
    code_hash: str
    rule_id: str = ""
    path: str = ""
    source: str = "human"  # human | github

    def still_applies(self, finding: Finding) -> bool:
        return self.code_hash == code_hash(finding.snippet)


class Memory:
    def __init__(self, path: Path, entries: dict[str, MemoryEntry] | None = None) -> None:
        self.path = path
        self.entries = entries or {}
        self._by_code = {(e.rule_id, e.code_hash): e for e in self.entries.values()}

    @classmethod
    def load(cls, root: Path) -> Memory:
        path = root / MEMORY_FILE
        if not path.is_file():
            return cls(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            raise ConfigError("triage memory is not valid YAML", where=where, hint="fix or delete the file") from exc
        entries: dict[str, MemoryEntry] = {}
        for index, item in enumerate(data.get("entries", []) if isinstance(data, dict) else []):
            try:
                entry = MemoryEntry(**item)
                Verdict(entry.verdict)
            except (TypeError, ValueError) as exc:
                raise ConfigError(
                    f"triage memory entry {index} is malformed: {exc}",
                    where=str(path),
                    hint="each entry needs fingerprint, verdict, reason, author, date, code_hash",
                ) from exc
            entries[entry.fingerprint] = entry
        return cls(path, entries)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entries = [asdict(self.entries[k]) for k in sorted(self.entries)]
        text = "# Human triage verdicts (secops triage mark). Review changes like code.\n"
        text += yaml.safe_dump({"version": 1, "entries": entries}, sort_keys=False, allow_unicode=True)
        self.path.write_text(text, encoding="utf-8")

    def lookup(self, finding: Finding) -> MemoryEntry | None:
        entry = self.entries.get(finding.fingerprint)
        return entry if entry is not None and entry.still_applies(finding) else None

    def similar(self, finding: Finding) -> MemoryEntry | None:
        """A verdict on identical code for the same rule elsewhere (near-duplicate, not authoritative)."""
        entry = self._by_code.get((finding.rule_id, code_hash(finding.snippet)))
        return entry if entry is not None and entry.fingerprint != finding.fingerprint else None

    def mark(self, finding: Finding, verdict: Verdict, reason: str, author: str, source: str = "human") -> MemoryEntry:
        entry = MemoryEntry(
            finding.fingerprint, verdict.value, reason, author, date.today().isoformat(),
            code_hash(finding.snippet), finding.rule_id, finding.location.path, source,
        )  # fmt: skip
        self.entries[entry.fingerprint] = entry
        self._by_code[(entry.rule_id, entry.code_hash)] = entry
        return entry

    def forget(self, fingerprint: str) -> bool:
        return self.entries.pop(fingerprint, None) is not None

    def as_dicts(self) -> list[dict[str, Any]]:
        return [asdict(e) for e in self.entries.values()]
