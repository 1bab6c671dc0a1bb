"""Typed loaders for `knowledge_base/approved.yaml` and `knowledge_base/exceptions.yaml`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from secops._yaml import Key, LineMap, display, load_yaml, schema_problems
from secops.errors import ConfigError
from secops.knowledge.interface import normalize_cwe, normalize_language
from secops.resources import knowledge_dir

ApprovedKind = Literal["sanitizers", "validators", "trusted_sources"]
APPROVED_KINDS: tuple[ApprovedKind, ...] = ("sanitizers", "validators", "trusted_sources")
_CLAUSE_PATTERN = r"^SEC-[A-Z][A-Z0-9]*-\d+$"


class _ApprovedModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    language: str = Field(min_length=1)
    module: str | None = None
    kind: str | None = None
    fits: list[str] = Field(default_factory=list)
    not_for: list[str] = Field(default_factory=list)
    clause: str = Field(pattern=_CLAUSE_PATTERN)
    note: str = ""


class _ApprovedFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str | int | None = None
    sanitizers: list[dict[str, Any]] = Field(default_factory=list)
    validators: list[dict[str, Any]] = Field(default_factory=list)
    trusted_sources: list[dict[str, Any]] = Field(default_factory=list)


class _ExceptionModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    rule: str | None = None
    cwe: str | None = None
    repos: list[str] = Field(default_factory=list)
    paths: list[str] = Field(default_factory=list)
    condition: str = Field(min_length=1)
    clause: str = Field(pattern=_CLAUSE_PATTERN)
    severity: Literal["critical", "high", "medium", "low", "info"] | None = None
    owner: str = Field(min_length=1)
    approved_by: list[str] = Field(min_length=1)
    approved: date | None = None
    expires: date
    compensating: str = ""
    ticket: str = ""

    @field_validator("approved_by", "repos", "paths", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @model_validator(mode="after")
    def _rule_or_cwe(self) -> _ExceptionModel:
        if not (self.rule or self.cwe):
            raise ValueError("an exception needs a 'rule' glob or a 'cwe'")
        return self


@dataclass(frozen=True)
class ApprovedEntry:
    """An approved sanitizer, validator or trusted source for one language."""

    section: ApprovedKind
    name: str
    language: str  # python | javascript (also covers typescript) | java | go
    clause: str
    fits: tuple[str, ...] = ()  # families (docs/families.md) for which the result is safe
    not_for: tuple[str, ...] = ()  # families people wrongly assume it fits
    module: str | None = None
    kind: str | None = None  # encoder | sanitizer | wrapper | parser | coercion | guard | ...
    note: str = ""
    path: str = ""
    line: int = 0

    def covers(self, language: str) -> bool:
        wanted = normalize_language(language)
        return wanted == self.language or (wanted == "typescript" and self.language == "javascript")


@dataclass(frozen=True)
class ApprovedCatalog:
    sanitizers: tuple[ApprovedEntry, ...] = ()
    validators: tuple[ApprovedEntry, ...] = ()
    trusted_sources: tuple[ApprovedEntry, ...] = ()

    @property
    def entries(self) -> tuple[ApprovedEntry, ...]:
        return self.sanitizers + self.validators + self.trusted_sources

    def for_language(self, language: str) -> tuple[ApprovedEntry, ...]:
        return tuple(entry for entry in self.entries if entry.covers(language))

    def find(self, name: str, family: str, language: str) -> ApprovedEntry | None:
        """The approved sanitizer/validator called `name` that fits `family` in `language`, if any."""
        for entry in self.sanitizers + self.validators:
            if entry.name == name and entry.covers(language) and family in entry.fits:
                return entry
        return None

    def trusted(self, name: str, language: str) -> ApprovedEntry | None:
        """The declared trusted source called `name` in `language`, if any."""
        return next((e for e in self.trusted_sources if e.name == name and e.covers(language)), None)


@dataclass(frozen=True)
class ExceptionEntry:
    """An approved exception to a rule (by id glob) or a CWE, for some paths, until `expires`."""

    id: str
    condition: str
    clause: str
    owner: str
    approved_by: tuple[str, ...]
    expires: date  # valid up to and including this day
    rule: str | None = None
    cwe: str | None = None
    repos: tuple[str, ...] = ()  # empty: any repository
    paths: tuple[str, ...] = ()  # empty: anywhere the condition holds
    severity: str | None = None
    approved: date | None = None
    compensating: str = ""
    ticket: str = ""
    path: str = ""
    line: int = 0

    def expired(self, today: date | None = None) -> bool:
        return (today or date.today()) > self.expires

    def matches(self, rule_id: str, cwes: Iterable[str], path: str, repo: str | None = None) -> bool:
        """True when the finding's rule (or one of its CWEs), its path and its repository are covered."""
        by_rule = self.rule is not None and fnmatchcase(rule_id, self.rule)
        by_cwe = self.cwe is not None and normalize_cwe(self.cwe) in {normalize_cwe(c) for c in cwes}
        if not (by_rule or by_cwe):
            return False
        if self.repos and repo is not None and repo not in self.repos:
            return False
        posix = path.replace("\\", "/")
        return not self.paths or any(
            fnmatchcase(posix, glob) or (glob.endswith("/**") and posix.startswith(glob[:-2])) for glob in self.paths
        )


@dataclass(frozen=True)
class ExceptionCatalog:
    exceptions: tuple[ExceptionEntry, ...] = ()

    def active(self, today: date | None = None) -> tuple[ExceptionEntry, ...]:
        return tuple(entry for entry in self.exceptions if not entry.expired(today))

    def match(
        self,
        rule_id: str,
        cwes: Iterable[str],
        path: str,
        repo: str | None = None,
        today: date | None = None,
    ) -> ExceptionEntry | None:
        """The first unexpired exception covering this finding, if any."""
        listed = list(cwes)
        return next((e for e in self.active(today) if e.matches(rule_id, listed, path, repo)), None)


Problem = tuple[int, str]


def _read(path: Path, what: str) -> tuple[Any, LineMap]:
    return load_yaml(path.read_text(encoding="utf-8"), path, what=what)


def check_approved(path: Path) -> tuple[ApprovedCatalog, list[Problem]]:
    """Every valid entry, and (line, message) for each invalid one (for `secops kb lint`)."""
    if not path.is_file():
        return ApprovedCatalog(), []
    data, lines = _read(path, "approved.yaml")
    shown = display(path)
    problems: list[Problem] = []
    try:
        top = _ApprovedFile.model_validate(data or {})
    except ValidationError as exc:
        return ApprovedCatalog(), schema_problems(exc, lines)
    groups: dict[ApprovedKind, list[ApprovedEntry]] = {kind: [] for kind in APPROVED_KINDS}
    for kind in APPROVED_KINDS:
        for index, raw in enumerate(getattr(top, kind)):
            try:
                model = _ApprovedModel.model_validate(raw)
            except ValidationError as exc:
                problems.extend(schema_problems(exc, lines, (kind, index)))
                continue
            groups[kind].append(
                ApprovedEntry(
                    section=kind,
                    name=model.name,
                    language=normalize_language(model.language),
                    clause=model.clause,
                    fits=tuple(model.fits),
                    not_for=tuple(model.not_for),
                    module=model.module,
                    kind=model.kind,
                    note=model.note,
                    path=shown,
                    line=lines.get((kind, index), 0),
                )
            )
    catalog = ApprovedCatalog(*(tuple(groups[kind]) for kind in APPROVED_KINDS))
    return catalog, problems


def check_exceptions(path: Path) -> tuple[ExceptionCatalog, list[Problem]]:
    if not path.is_file():
        return ExceptionCatalog(), []
    data, lines = _read(path, "exceptions.yaml")
    shown = display(path)
    prefix: Key = ("exceptions",)
    items: Any
    if isinstance(data, list):
        items, prefix = data, ()
    elif isinstance(data, dict) and set(data) <= {"exceptions", "version"}:
        items = data.get("exceptions") or []
    else:
        return ExceptionCatalog(), [(1, "expected a top-level 'exceptions:' list")]
    if not isinstance(items, list):
        return ExceptionCatalog(), [(lines.get(prefix, 1), "'exceptions' must be a list")]
    entries: list[ExceptionEntry] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(items):
        key: Key = (*prefix, index)
        try:
            model = _ExceptionModel.model_validate(raw)
        except ValidationError as exc:
            problems.extend(schema_problems(exc, lines, key))
            continue
        line = lines.get(key, 0)
        if model.id in seen:
            problems.append((line, f"exception id {model.id} is used twice (first at line {seen[model.id]})"))
        seen.setdefault(model.id, line)
        entries.append(
            ExceptionEntry(
                id=model.id,
                condition=model.condition,
                clause=model.clause,
                owner=model.owner,
                approved_by=tuple(model.approved_by),
                expires=model.expires,
                rule=model.rule,
                cwe=normalize_cwe(model.cwe) if model.cwe else None,
                repos=tuple(model.repos),
                paths=tuple(model.paths),
                severity=model.severity,
                approved=model.approved,
                compensating=model.compensating,
                ticket=model.ticket,
                path=shown,
                line=line,
            )
        )
    return ExceptionCatalog(tuple(entries)), problems


def _first(path: Path, problems: list[Problem], what: str) -> None:
    if problems:
        line, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ConfigError(
            f"invalid {what}: {message}{more}",
            where=f"{display(path)}:{line}",
            hint="fix the entry; `secops kb lint` lists every problem (schema: docs/knowledge-index.md)",
        )


def load_approved(path: Path | None = None) -> ApprovedCatalog:
    """`approved.yaml` of the knowledge base (empty when the file does not exist)."""
    target = path or knowledge_dir() / "approved.yaml"
    catalog, problems = check_approved(target)
    _first(target, problems, "approved.yaml entry")
    return catalog


def load_exceptions(path: Path | None = None) -> ExceptionCatalog:
    """`exceptions.yaml` of the knowledge base (empty when the file does not exist)."""
    target = path or knowledge_dir() / "exceptions.yaml"
    catalog, problems = check_exceptions(target)
    _first(target, problems, "exceptions.yaml entry")
    return catalog
