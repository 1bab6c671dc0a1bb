"""The typed results every part of secops exchanges. Built by `scan/` and `triage/`, read everywhere."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @property
    def security_severity(self) -> str:
        """GitHub code scanning's numeric `security-severity` (its bands: 9.0+ critical, 7.0+ high...)."""
        return _SECURITY_SEVERITY[self]

    @property
    def sarif_level(self) -> str:
        return "error" if self.rank >= 3 else "warning" if self.rank >= 2 else "note"

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Accept ours and Semgrep's spellings (ERROR/WARNING/INFO)."""
        text = value.strip().lower()
        return _SEMGREP_SEVERITY.get(text) or cls(text)


_SEVERITY_RANK = {
    Severity.CRITICAL: 4,
    Severity.HIGH: 3,
    Severity.MEDIUM: 2,
    Severity.LOW: 1,
    Severity.INFO: 0,
}
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}
_SEMGREP_SEVERITY = {"error": Severity.HIGH, "warning": Severity.MEDIUM}


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Verdict(StrEnum):
    TRUE_POSITIVE = "true_positive"
    FALSE_POSITIVE = "false_positive"
    NEEDS_REVIEW = "needs_review"


class SuppressionKind(StrEnum):
    INLINE = "inline"  # a `nosemgrep` / `secops: ignore[...]` comment in the code
    BASELINE = "baseline"  # present in the baseline file given with --baseline
    POLICY = "policy"  # an approved exception in policy.yaml / .secops.yaml
    TRIAGE = "triage"  # triage judged it a false positive (offline, LLM or human memory)


@dataclass(frozen=True)
class Location:
    path: str  # relative to the repository root, forward slashes
    start_line: int
    start_col: int
    end_line: int
    end_col: int

    def __str__(self) -> str:
        return f"{self.path}:{self.start_line}"


@dataclass(frozen=True)
class Suppression:
    kind: SuppressionKind
    justification: str
    who: str = ""
    when: str = ""  # ISO date the suppression was recorded or approved
    expires: date | None = None
    reference: str = ""  # exception id, baseline file, comment location...


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: Severity
    confidence: Confidence
    cwe: tuple[str, ...]  # most specific first, "CWE-89"
    owasp: tuple[str, ...]
    message: str
    location: Location
    snippet: str
    fingerprint: str
    family: str = ""
    standard: str = ""  # clause id in knowledge_base/, e.g. SEC-INJ-1
    fix: str | None = None
    verdict_basis: str = "dataflow"  # "api": the API alone decides; data-flow evidence must not suppress
    never_suppress: bool = False
    tags: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    suppression: Suppression | None = None

    @property
    def suppressed(self) -> bool:
        return self.suppression is not None

    def replace(self, **changes: Any) -> Finding:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Evidence:
    kind: str  # context | dataflow | api | reachability | standard | exception | memory | parse | guardrail
    detail: str
    path: str = ""
    line: int = 0
    supports: str = "neutral"  # safe | vulnerable | neutral
    code: str = ""  # the source text at path:line this evidence relies on (re-verified before suppressing)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.path else ""


@dataclass(frozen=True)
class TriagedFinding:
    finding: Finding
    verdict: Verdict
    confidence: float
    justification: str
    decided_by: str  # offline | llm:<model> | memory | human | none
    evidence: tuple[Evidence, ...] = ()
    clauses: tuple[str, ...] = ()
    remediation: str = ""
    flags: tuple[str, ...] = ()  # e.g. "prompt-injection-suspected"

    @classmethod
    def untriaged(cls, finding: Finding, why: str = "not triaged") -> TriagedFinding:
        """A finding nobody judged: it keeps counting (needs_review unless already suppressed)."""
        verdict = Verdict.FALSE_POSITIVE if finding.suppressed else Verdict.NEEDS_REVIEW
        clauses = (finding.standard,) if finding.standard else ()
        return cls(finding, verdict, 0.0, why, "none", clauses=clauses)

    @property
    def suppressed(self) -> bool:
        return self.finding.suppressed

    @property
    def active(self) -> bool:
        """Counts toward the gate: not suppressed by any mechanism."""
        return not self.finding.suppressed


@dataclass(frozen=True)
class ScanWarning:
    code: str  # semgrep-error | skipped-file | bare-ignore | expired-exception | ...
    message: str
    path: str = ""
    line: int = 0

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}" if where else self.message


@dataclass(frozen=True)
class ScanResult:
    root: str
    findings: tuple[Finding, ...]
    warnings: tuple[ScanWarning, ...] = ()
    files_scanned: int = 0
    rules_run: int = 0
    engine: str = ""
    mode: str = "full"  # full | diff | staged
    rules_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
