"""`secops kb lint`: the knowledge base is consistent with itself and with the rule library."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from secops._yaml import display, load_yaml, schema_problems
from secops.errors import ConfigError
from secops.knowledge.catalog import check_approved, check_exceptions
from secops.knowledge.interface import CLAUSE_ID
from secops.knowledge.loader import (
    FrontMatter,
    Standard,
    load_yaml_front_matter,
    parse_body,
    relative,
    standard_files,
)
from secops.resources import knowledge_dir, rules_dir

_WHERE = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code}: {self.message}"


def _from_error(exc: ConfigError, path: Path, code: str) -> Problem:
    match = _WHERE.match(exc.where or "")
    line = int(match.group("line")) if match else 1
    return Problem(display(path), line, code, exc.message)


def _standard(path: Path, root: Path, problems: list[Problem]) -> Standard | None:
    """Parse one standard, recording every front-matter problem; clauses are read even then."""
    text = path.read_text(encoding="utf-8")
    try:
        data, lines, body_start = load_yaml_front_matter(text, path)
    except ConfigError as exc:
        problems.append(_from_error(exc, path, "front-matter"))
        return None
    try:
        meta = FrontMatter.model_validate(data)
    except ValidationError as exc:
        for line, message in schema_problems(exc, lines):
            problems.append(Problem(display(path), line, "front-matter", message))
        guess = data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else path.stem
        meta = FrontMatter.model_construct(
            id=guess,
            title=str(data.get("title", "")) if isinstance(data, dict) else "",
            version="",
            owner="",
            status="draft",
            updated=date.min,
        )
    return parse_body(text, meta, relative(path, root), body_start)


def _structure(standards: list[Standard], kb: Path, problems: list[Problem]) -> set[str]:
    """Unique doc and clause ids, consecutive numbering, well-formed headings; returns every clause id."""
    doc_seen: dict[str, str] = {}
    clause_seen: dict[str, str] = {}
    for standard in standards:
        shown = display(kb / standard.path)
        doc = standard.doc_id
        if doc in doc_seen:
            problems.append(Problem(shown, 2, "duplicate-doc", f"standard id {doc} is also used by {doc_seen[doc]}"))
        doc_seen.setdefault(doc, shown)
        problems.extend(
            Problem(shown, heading.line, "bad-heading", f"'## {heading.text}' is not '## SEC-<AREA>-<n>: <title>'")
            for heading in standard.headings
            if not heading.clause_id and heading.text.upper().startswith("SEC-")
        )
        expected = 1
        for clause in standard.clauses:
            where = f"{shown}:{clause.line}"
            if not clause.clause_id.startswith(f"{doc}-"):
                problems.append(
                    Problem(shown, clause.line, "clause-prefix", f"{clause.clause_id} is in standard {doc}")
                )
            if clause.clause_id in clause_seen:
                problems.append(
                    Problem(
                        shown,
                        clause.line,
                        "duplicate-clause",
                        f"{clause.clause_id} is also defined at {clause_seen[clause.clause_id]}",
                    )
                )
            clause_seen.setdefault(clause.clause_id, where)
            if clause.number != expected:
                problems.append(
                    Problem(
                        shown,
                        clause.line,
                        "numbering",
                        f"expected {doc}-{expected}, found {clause.clause_id}",
                    )
                )
            expected = clause.number + 1
            if not clause.text.strip():
                problems.append(Problem(shown, clause.line, "empty-clause", f"{clause.clause_id} has no text"))
    return set(clause_seen)


def _mentions(path: Path, known: set[str], code: str, problems: list[Problem], what: str) -> None:
    """Every clause id mentioned in `path` must exist."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        problems.extend(
            Problem(display(path), number, code, f"{what} {clause_id}, which does not exist")
            for clause_id in CLAUSE_ID.findall(line)
            if clause_id not in known
        )


def _catalogs(kb: Path, known: set[str], problems: list[Problem]) -> None:
    """approved.yaml and exceptions.yaml: valid schema, and every cited clause exists."""
    approved, exceptions = kb / "approved.yaml", kb / "exceptions.yaml"
    cited: list[tuple[Path, str, int, str]] = []
    try:
        catalog, found = check_approved(approved)
        problems.extend(Problem(display(approved), line, "approved-schema", text) for line, text in found)
        cited += [(approved, entry.clause, entry.line, "approved-clause") for entry in catalog.entries]
    except ConfigError as exc:
        problems.append(_from_error(exc, approved, "approved-schema"))
    try:
        granted, found = check_exceptions(exceptions)
        problems.extend(Problem(display(exceptions), line, "exception-schema", text) for line, text in found)
        cited += [(exceptions, entry.clause, entry.line, "exception-clause") for entry in granted.exceptions]
    except ConfigError as exc:
        problems.append(_from_error(exc, exceptions, "exception-schema"))
    for path, clause_id, line, code in cited:
        if clause_id not in known:
            problems.append(Problem(display(path), line, code, f"cites {clause_id}, which does not exist"))


def _eval_files(kb: Path, known: set[str], problems: list[Problem]) -> None:
    eval_dir = kb / "eval"
    if not eval_dir.is_dir():
        return
    for path in sorted([*eval_dir.rglob("*.yaml"), *eval_dir.rglob("*.yml")]):
        _mentions(path, known, "eval-clause", problems, "cites")
    questions = eval_dir / "questions.yaml"
    if questions.is_file():
        from secops.knowledge.evaluate import load_questions

        try:
            load_questions(questions)
        except ConfigError as exc:
            problems.append(_from_error(exc, questions, "eval-schema"))


def _standards_in(rule: Any) -> list[str]:
    meta = rule.get("metadata") if isinstance(rule, dict) else None
    value = meta.get("standard") if isinstance(meta, dict) else None
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, list) else []


def _rules(rules: Path, known: set[str], problems: list[Problem]) -> None:
    if not rules.is_dir():
        return
    for path in sorted([*rules.rglob("*.yaml"), *rules.rglob("*.yml")]):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not re.search(r"^rules\s*:", text, re.MULTILINE):
            continue  # policy.yaml, or a workflow fixture beside a rule
        try:
            data, lines = load_yaml(text, path, what="the rule file")
        except ConfigError as exc:
            problems.append(_from_error(exc, path, "rule-yaml"))
            continue
        items = data.get("rules") if isinstance(data, dict) else None
        for index, rule in enumerate(items if isinstance(items, list) else []):
            for standard in _standards_in(rule):
                if standard.strip() not in known:
                    line = lines.get(("rules", index, "metadata", "standard"), lines.get(("rules", index), 1))
                    rule_id = rule.get("id", f"#{index}") if isinstance(rule, dict) else f"#{index}"
                    problems.append(
                        Problem(
                            display(path),
                            line,
                            "rule-standard",
                            f"rule {rule_id} cites standard {standard}, which does not exist",
                        )
                    )


def lint(kb_dir: Path | None = None, rules: Path | None = None) -> list[Problem]:
    """Every consistency problem of the knowledge base, each with file:line."""
    kb = kb_dir or knowledge_dir()
    problems: list[Problem] = []
    if not kb.is_dir():
        return [Problem(display(kb), 0, "missing", "the knowledge base directory does not exist")]
    paths = standard_files(kb)
    standards = [standard for path in paths if (standard := _standard(path, kb, problems)) is not None]
    if not paths:
        problems.append(Problem(display(kb), 0, "missing", "no standards (standards/*.md) found"))
    known = _structure(standards, kb, problems)
    for path in paths:
        _mentions(path, known, "dangling-reference", problems, "mentions")
    _catalogs(kb, known, problems)
    _eval_files(kb, known, problems)
    _rules(rules or rules_dir(), known, problems)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.code, p.message))
