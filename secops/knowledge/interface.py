"""The knowledge plug-point: clause types and the `KnowledgeIndex` protocol triage and the assistant use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

CLAUSE_ID = re.compile(r"\bSEC-[A-Z][A-Z0-9]*-\d+\b")
"""A clause id anywhere in text, e.g. `SEC-CRYPTO-4`."""

_LANGUAGE_ALIASES = {
    "py": "python",
    "js": "javascript",
    "node": "javascript",
    "nodejs": "javascript",
    "ts": "typescript",
    "golang": "go",
    "tf": "terraform",
    "hcl": "terraform",
    "yml": "yaml",
}


def normalize_language(value: str) -> str:
    """`JS` -> `javascript`, `py` -> `python`; anything else lower-cased."""
    text = value.strip().lower()
    return _LANGUAGE_ALIASES.get(text, text)


def normalize_cwe(value: str | int) -> str:
    """`89`, `cwe-89`, `CWE-89: Improper Neutralization...` -> `CWE-89` (unchanged if not a CWE)."""
    text = str(value).strip()
    match = re.match(r"(?i)^(?:cwe[-_ ]?)?(\d+)\b", text)
    return f"CWE-{int(match.group(1))}" if match else text.upper()


@dataclass(frozen=True)
class Clause:
    """One numbered requirement of a standard (a `## SEC-<AREA>-<n>: <title>` section)."""

    clause_id: str  # "SEC-INJ-1"
    doc_id: str  # "SEC-INJ"
    title: str  # the clause heading after the id
    standard_title: str  # the standard's front-matter title
    text: str  # the section body (Markdown), without the heading line
    path: str  # relative to the knowledge base root, forward slashes
    line: int  # 1-based line of the heading
    version: str  # the standard's version
    languages: tuple[str, ...] = ()  # empty: applies to every language
    cwes: tuple[str, ...] = ()  # CWEs the clause names, else the standard's
    tags: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def number(self) -> int:
        return int(self.clause_id.rsplit("-", 1)[1])


@dataclass(frozen=True)
class ClauseHit:
    """A search result: the clause, a fused relevance score in [0, 1] and the best-matching sentence."""

    clause: Clause
    score: float
    snippet: str


@dataclass(frozen=True)
class SearchFilters:
    """Restrict a search. Any-of within a field, all-of across fields; empty fields do not filter."""

    languages: tuple[str, ...] = ()
    cwes: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()

    @classmethod
    def create(
        cls,
        languages: str | tuple[str, ...] | list[str] | None = None,
        cwes: str | tuple[str, ...] | list[str] | None = None,
        doc_ids: str | tuple[str, ...] | list[str] | None = None,
    ) -> SearchFilters:
        """Normalise spellings (`js`, `cwe-89`, `sec-inj`) and accept single values."""

        def many(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
            if value is None:
                return ()
            return (value,) if isinstance(value, str) else tuple(value)

        return cls(
            languages=tuple(dict.fromkeys(normalize_language(v) for v in many(languages) if v.strip())),
            cwes=tuple(dict.fromkeys(normalize_cwe(v) for v in many(cwes) if v.strip())),
            doc_ids=tuple(dict.fromkeys(v.strip().upper() for v in many(doc_ids) if v.strip())),
        )

    @property
    def empty(self) -> bool:
        return not (self.languages or self.cwes or self.doc_ids)

    def matches(self, clause: Clause) -> bool:
        if self.languages and clause.languages and not set(self.languages) & set(clause.languages):
            return False
        if self.cwes and not set(self.cwes) & set(clause.cwes):
            return False
        return not (self.doc_ids and clause.doc_id not in self.doc_ids)


@runtime_checkable
class KnowledgeIndex(Protocol):
    """What triage and the assistant may rely on. `ChromaIndex`, `ReplicaIndex` and `MemoryIndex` implement it."""

    @property
    def version(self) -> str:
        """A hash of the indexed corpus content (changes whenever a standard changes)."""
        ...

    def search(self, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[ClauseHit]:
        """The k most relevant clauses, best first. An exact clause id in the query comes first."""
        ...

    def get(self, clause_id: str) -> Clause | None:
        """The clause with this id, or None."""
        ...
