"""`secops rules lint`: every rule carries the metadata triage and reports rely on, and is tested."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from secops.models import Confidence, Severity
from secops.rules.library import Rule, load_rules

REQUIRED = ("family", "cwe", "owasp", "category", "severity", "confidence", "likelihood", "impact", "standard",
            "verdict_basis", "references")  # fmt: skip
_ID = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+){2,}$")
_CWE = re.compile(r"^CWE-\d+(: .+)?$")
_LEVELS = {"high", "medium", "low"}
_FIXTURE_EXTENSIONS = (
    ".py", ".js", ".ts", ".jsx", ".tsx", ".java", ".go", ".tf", ".hcl", ".yml", ".yaml", ".dockerfile", ".txt",
    ".env", ".json", ".sh", ".pem", ".properties", ".cfg", ".ini", ".conf",
)  # fmt: skip


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _line_of(path: Path, rule_id: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if rule_id in line and "id:" in line:
            return number
    return 1


def fixture_for(rule: Rule) -> Path | None:
    stem = rule.source.with_suffix("")
    for candidate in sorted(rule.source.parent.glob(stem.name + ".*")):
        if candidate == rule.source or ".fixed." in candidate.name:
            continue
        if candidate.suffix in _FIXTURE_EXTENSIONS or candidate.name.endswith(".dockerfile"):
            return candidate
    return None


def _metadata_problems(rule: Rule, where: str, clause_ids: set[str] | None) -> Iterable[Problem]:
    meta = rule.metadata
    for key in REQUIRED:
        if key not in meta or meta[key] in (None, "", []):
            yield Problem(where, f"{rule.id}: metadata.{key} is missing")
    if not _ID.match(rule.id):
        yield Problem(where, f"{rule.id}: id must be namespaced like python.injection.sql.tainted-query")
    if not rule.message or len(rule.message) < 40:
        yield Problem(where, f"{rule.id}: message must say what is wrong and how to fix it")
    for cwe in meta.get("cwe") or []:
        if not _CWE.match(str(cwe)):
            yield Problem(where, f"{rule.id}: cwe entry {cwe!r} is not 'CWE-<n>: <title>'")
    if str(meta.get("severity", "")).lower() not in {s.value for s in Severity}:
        yield Problem(where, f"{rule.id}: metadata.severity must be one of {', '.join(s.value for s in Severity)}")
    if str(meta.get("confidence", "")).lower() not in {c.value for c in Confidence}:
        yield Problem(where, f"{rule.id}: metadata.confidence must be high, medium or low")
    for key in ("likelihood", "impact"):
        if key in meta and str(meta[key]).lower() not in _LEVELS:
            yield Problem(where, f"{rule.id}: metadata.{key} must be high, medium or low")
    if meta.get("verdict_basis") not in (None, "dataflow", "api"):
        yield Problem(where, f"{rule.id}: metadata.verdict_basis must be dataflow or api")
    standard = str(meta.get("standard", ""))
    if standard and clause_ids is not None and standard not in clause_ids:
        yield Problem(where, f"{rule.id}: standard {standard} is not a clause in knowledge_base/")


def _fixture_problems(rule: Rule, where: str) -> Iterable[Problem]:
    fixture = fixture_for(rule)
    if fixture is None:
        yield Problem(where, f"{rule.id}: no test fixture beside {rule.source.name}")
        return
    text = fixture.read_text(encoding="utf-8", errors="replace")
    if not re.search(rf"ruleid:\s*[\w.,\s-]*{re.escape(rule.id)}", text):
        yield Problem(str(fixture), f"{rule.id}: fixture has no `ruleid: {rule.id}` case")
    if not re.search(rf"ok:\s*[\w.,\s-]*{re.escape(rule.id)}", text):
        yield Problem(str(fixture), f"{rule.id}: fixture has no `ok: {rule.id}` (negative) case")
    if ("fix" in rule.raw or "fix-regex" in rule.raw) and not any(rule.source.parent.glob(f"{fixture.stem}.fixed.*")):
        yield Problem(where, f"{rule.id}: has a fix but no {fixture.stem}.fixed{fixture.suffix} file")


def lint(directories: Sequence[Path], clause_ids: set[str] | None) -> tuple[list[Rule], list[Problem]]:
    rules, warnings = load_rules(directories)
    problems = [Problem(w.path or "appsec_rules", w.message) for w in warnings]
    for rule in rules:
        where = f"{rule.source}:{_line_of(rule.source, rule.id)}"
        problems += _metadata_problems(rule, where, clause_ids)
        problems += _fixture_problems(rule, where)
    return rules, problems
