"""Load `knowledge_base/standards/*.md` into standards and clauses (one chunk per `## SEC-X-n` heading)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from secops._yaml import LineMap, display, load_yaml, schema_problems
from secops.errors import ConfigError, KnowledgeError
from secops.knowledge.interface import Clause, normalize_cwe, normalize_language

CLAUSE_HEADING = re.compile(r"^(SEC-[A-Z][A-Z0-9]*-\d+)\s*[:\u2013\u2014-]\s*(\S.*?)\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_CWE = re.compile(r"\bCWE-\d+\b")
SCHEMA_HINT = (
    "front matter needs id (SEC-<AREA>), title, version (quoted), owner, status, "
    "applies_to {languages, cwe, tags} and updated (YYYY-MM-DD); see docs/knowledge-index.md"
)


class AppliesTo(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    languages: list[str] = Field(default_factory=list)
    cwe: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)

    def cwes(self) -> list[str]:
        return [normalize_cwe(value) for value in self.cwe]


class FrontMatter(BaseModel):
    """The schema of a standard's YAML front matter."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^SEC-[A-Z][A-Z0-9]*$")
    title: str = Field(min_length=1)
    version: str = Field(min_length=1)
    owner: str = Field(min_length=1)
    status: Literal["draft", "active", "deprecated", "superseded", "retired"]
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    updated: date


@dataclass(frozen=True)
class Heading:
    """A level-2 heading of a standard; `clause_id` is empty when it is not a clause heading."""

    line: int
    text: str
    clause_id: str = ""


@dataclass(frozen=True)
class Standard:
    meta: FrontMatter
    path: str  # relative to the knowledge base root
    clauses: tuple[Clause, ...]
    headings: tuple[Heading, ...]
    body_start: int  # the first line after the front matter
    text: str = field(repr=False, default="")

    @property
    def doc_id(self) -> str:
        return self.meta.id


@dataclass(frozen=True)
class SourceFile:
    path: str  # relative to the knowledge base root, forward slashes
    sha256: str


@dataclass(frozen=True)
class Corpus:
    """Every standard under a knowledge base root, and a content hash of all of them."""

    root: Path
    standards: tuple[Standard, ...]
    files: tuple[SourceFile, ...]

    @cached_property
    def version(self) -> str:
        digest = hashlib.sha256()
        for source in self.files:
            digest.update(f"{source.path}\0{source.sha256}\n".encode())
        return digest.hexdigest()[:16]

    @cached_property
    def clauses(self) -> tuple[Clause, ...]:
        return tuple(clause for standard in self.standards for clause in standard.clauses)

    @cached_property
    def _by_id(self) -> dict[str, Clause]:
        return {clause.clause_id: clause for clause in self.clauses}

    def get(self, clause_id: str) -> Clause | None:
        return self._by_id.get(clause_id.strip().upper())

    def file_hash(self, path: str) -> str:
        return next((source.sha256 for source in self.files if source.path == path), "")


def standards_dir(kb_dir: Path) -> Path:
    nested = kb_dir / "standards"
    return nested if nested.is_dir() else kb_dir


def standard_files(kb_dir: Path) -> list[Path]:
    """Markdown standards below `<kb>/standards/` (or `<kb>/` itself), README files excepted."""
    return sorted(
        path for path in standards_dir(kb_dir).rglob("*.md") if path.is_file() and path.name.lower() != "readme.md"
    )


def relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def split_front_matter(text: str, path: Path) -> tuple[str, int]:
    """The front matter YAML and the index of the first body line (0-based)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ConfigError(
            "the standard has no YAML front matter",
            where=f"{display(path)}:1",
            hint="start the file with a '---' line, the front matter keys, and a closing '---'",
        )
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), index + 1
    raise ConfigError(
        "the front matter is never closed",
        where=f"{display(path)}:1",
        hint="end the front matter with a line holding only '---'",
    )


def load_yaml_front_matter(text: str, path: Path) -> tuple[Any, LineMap, int]:
    """The raw front matter data, its key -> line map and the index of the first body line."""
    yaml_text, body_start = split_front_matter(text, path)
    data, lines = load_yaml(yaml_text, path, first_line=2, what="the front matter")
    if not isinstance(data, dict):
        raise ConfigError(
            "the front matter must be a mapping of keys to values",
            where=f"{display(path)}:2",
            hint=SCHEMA_HINT,
        )
    return data, lines, body_start


def parse_front_matter(text: str, path: Path) -> tuple[FrontMatter, int]:
    data, lines, body_start = load_yaml_front_matter(text, path)
    try:
        return FrontMatter.model_validate(data), body_start
    except ValidationError as exc:
        problems = schema_problems(exc, lines)
        line, message = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ConfigError(
            f"malformed front matter: {message}{more}", where=f"{display(path)}:{line}", hint=SCHEMA_HINT
        ) from exc


def _clause(meta: FrontMatter, rel: str, clause_id: str, title: str, line: int, body: list[str]) -> Clause:
    text = "\n".join(body).strip()
    mentioned = tuple(dict.fromkeys(normalize_cwe(cwe) for cwe in _CWE.findall(text)))
    return Clause(
        clause_id=clause_id,
        doc_id=meta.id,
        title=title,
        standard_title=meta.title,
        text=text,
        path=rel,
        line=line,
        version=meta.version,
        languages=tuple(dict.fromkeys(normalize_language(lang) for lang in meta.applies_to.languages)),
        cwes=mentioned or tuple(dict.fromkeys(meta.applies_to.cwes())),
        tags=tuple(meta.applies_to.tags),
    )


def parse_body(text: str, meta: FrontMatter, rel: str, body_start: int) -> Standard:
    """Split the Markdown after the front matter into clauses at level-2 headings (not inside code)."""
    lines = text.splitlines()
    clauses: list[Clause] = []
    headings: list[Heading] = []
    current: tuple[str, str, int] | None = None
    body: list[str] = []
    in_fence = False
    for number in range(body_start, len(lines)):
        line = lines[number]
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and line.startswith("## "):
            if current:
                clauses.append(_clause(meta, rel, *current, body))
            heading = line[3:].strip()
            match = CLAUSE_HEADING.match(heading)
            headings.append(Heading(number + 1, heading, match.group(1) if match else ""))
            current = (match.group(1), match.group(2), number + 1) if match else None
            body = []
            continue
        if current:
            body.append(line)
    if current:
        clauses.append(_clause(meta, rel, *current, body))
    return Standard(meta, rel, tuple(clauses), tuple(headings), body_start + 1, text)


def parse_standard(path: Path, root: Path, text: str | None = None) -> Standard:
    """One standard: front matter (validated) and its clauses."""
    if text is None:
        text = path.read_text(encoding="utf-8")
    meta, body_start = parse_front_matter(text, path)
    return parse_body(text, meta, relative(path, root), body_start)


def load_corpus(kb_dir: Path) -> Corpus:
    """Every standard under `kb_dir`. Malformed front matter or a duplicate clause id is a ConfigError."""
    if not kb_dir.is_dir():
        raise KnowledgeError(
            f"the knowledge base directory {display(kb_dir)} does not exist",
            hint="pass --kb-dir or set SECOPS_KB_DIR to a directory holding standards/*.md",
        )
    standards: list[Standard] = []
    files: list[SourceFile] = []
    seen: dict[str, Clause] = {}
    for path in standard_files(kb_dir):
        data = path.read_bytes()
        standard = parse_standard(path, kb_dir, data.decode("utf-8"))
        for clause in standard.clauses:
            if clause.clause_id in seen:
                raise ConfigError(
                    f"clause id {clause.clause_id} is defined twice (first at {seen[clause.clause_id].where})",
                    where=f"{display(path)}:{clause.line}",
                    hint="give each clause a unique id; `secops kb lint` lists every such problem",
                )
            seen[clause.clause_id] = clause
        standards.append(standard)
        files.append(SourceFile(standard.path, hashlib.sha256(data).hexdigest()))
    if not seen:
        raise KnowledgeError(
            f"no clauses found under {display(standards_dir(kb_dir))}",
            hint="add standards/*.md files with '## SEC-<AREA>-<n>: <title>' clause headings, "
            "or point --kb-dir / SECOPS_KB_DIR at the knowledge base",
        )
    return Corpus(kb_dir, tuple(standards), tuple(files))
