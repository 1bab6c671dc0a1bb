"""Remediation deadlines per severity, read from the knowledge base (SEC-VULN-2's table), not hard-coded."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from secops.errors import SecopsError

DEADLINE_CLAUSE = "SEC-VULN-2"
_ROW = re.compile(
    r"^\|\s*\**(critical|high|medium|low|info(?:rmational)?)\**\s*\|\s*(?:(\d+)\s*(?:calendar\s+|business\s+)?"
    r"(hour|day|week|month)s?)?",
    re.IGNORECASE,
)
_UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0}


@dataclass(frozen=True)
class Deadlines:
    """Days allowed from first detection to fix, per severity value; a missing severity has no deadline."""

    days: dict[str, float] = field(default_factory=dict)
    source: str = ""  # "SEC-VULN-2 (knowledge_base/standards/vulnerability-management.md:53)"
    problem: str = ""  # why there are none, when there are none

    def for_severity(self, severity: str) -> float | None:
        return self.days.get(severity)


def parse_deadline_table(text: str) -> dict[str, float]:
    """Rows like `| High | 30 calendar days |`; a row without a number (Info) sets no deadline."""
    days: dict[str, float] = {}
    for line in text.splitlines():
        match = _ROW.match(line.strip())
        if match and match.group(2):
            severity = match.group(1).lower()
            days["info" if severity.startswith("info") else severity] = (
                int(match.group(2)) * _UNIT_DAYS[match.group(3).lower()]
            )
    return days


def load_deadlines(kb_dir: Path | None = None) -> Deadlines:
    """The deadlines clause of the knowledge base (SECOPS_KB_DIR, else the bundled one)."""
    from secops.knowledge.loader import load_corpus
    from secops.resources import knowledge_dir

    try:
        corpus = load_corpus(kb_dir or knowledge_dir())
    except SecopsError as exc:
        return Deadlines(problem=f"knowledge base unavailable: {exc.message}")
    clause = corpus.get(DEADLINE_CLAUSE) or next(
        (c for c in corpus.clauses if "deadline" in c.title.lower() and parse_deadline_table(c.text)), None
    )
    if clause is None:
        return Deadlines(problem=f"no {DEADLINE_CLAUSE} (remediation deadlines) clause in the knowledge base")
    days = parse_deadline_table(clause.text)
    if not days:
        return Deadlines(problem=f"{clause.clause_id} has no '| Severity | N days |' table", source=clause.where)
    return Deadlines(days, f"{clause.clause_id} ({clause.where})")
