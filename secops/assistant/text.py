"""A clause body split into quotable units: sentences, list items, table rows and code examples."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from secops.knowledge.interface import Clause

_FENCE = re.compile(r"^\s*(```|~~~)\s*([\w+-]*)")
_LABEL = re.compile(r"^\*\*([^*]+?):\*\*\s*")
_CODE_LABEL = re.compile(r"^(non-compliant|compliant)\s*(?:\(([^)]*)\))?$", re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`*(\"'])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl)\.|\b[A-Z]\.)$", re.IGNORECASE)

REQUIREMENT = "requirement"
RATIONALE = "rationale"
RELATED = "related"
COMPLIANT = "compliant"
NON_COMPLIANT = "non-compliant"


@dataclass(frozen=True)
class Unit:
    """The smallest piece of a clause an answer may quote."""

    kind: str  # sentence | item | row | code
    label: str  # requirement | rationale | related | compliant | non-compliant | "" (plain prose)
    text: str  # Markdown (for code: the code itself)
    order: int  # position in the clause
    lead: int = -1  # items and rows: the order of the sentence that introduces them ("...within:")
    language: str = ""  # code: the fence language (or the label's)

    @property
    def quotable(self) -> bool:
        return self.kind != "code" and self.label != RELATED


def _sentences(text: str) -> list[str]:
    parts: list[str] = []
    for piece in _SENTENCE.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if parts and _ABBREVIATION.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _table_rows(lines: list[str]) -> list[str]:
    """Rows as `first cell — header: value; ...` (the header row names the columns)."""
    rows = [_cells(line) for line in lines if not _TABLE_SEPARATOR.match(line.strip().strip("|").strip())]
    if len(rows) < 2:
        return [" · ".join(cells) for cells in rows]
    header, out = rows[0], []
    for cells in rows[1:]:
        rest = "; ".join(f"{name}: {value}" for name, value in zip(header[1:], cells[1:], strict=False) if value)
        out.append(f"{cells[0]} — {rest}" if rest else cells[0])
    return out


class _Builder:
    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.label = ""
        self.code_label = ""
        self.code_language = ""
        self.last_sentence = -1

    def add(self, kind: str, text: str, *, language: str = "") -> None:
        lead = self.last_sentence if kind in ("item", "row") else -1
        label = self.code_label if kind == "code" else self.label
        unit = Unit(kind, label, text, len(self.units), lead, language)
        self.units.append(unit)
        if kind == "sentence":
            self.last_sentence = unit.order if text.rstrip().endswith(":") else -1

    def prose(self, lines: list[str]) -> None:
        if not lines:
            return
        flat = " ".join(line.strip() for line in lines)
        match = _LABEL.match(flat)
        if match:
            name = match.group(1).strip().lower()
            code = _CODE_LABEL.match(name)
            if code:
                self.code_label = NON_COMPLIANT if code.group(1).startswith("non") else COMPLIANT
                self.code_language = (code.group(2) or "").strip().lower()
            elif name.startswith(REQUIREMENT):
                self.label = REQUIREMENT
            elif name.startswith(RATIONALE):
                self.label = RATIONALE
            elif name.startswith(RELATED):
                self.label = RELATED
            else:
                self.label = ""
            flat = flat[match.end() :]
        for sentence in _sentences(flat):
            self.add("sentence", sentence)

    def paragraph(self, lines: list[str]) -> None:
        prose: list[str] = []
        table: list[str] = []
        item: list[str] = []

        def flush() -> None:
            self.prose(prose)
            prose.clear()
            if table:
                for row in _table_rows(table):
                    self.add("row", row)
                table.clear()
            if item:
                self.add("item", " ".join(part.strip() for part in item))
                item.clear()

        for line in lines:
            stripped = line.strip()
            if stripped.startswith("|"):
                if not table:
                    flush()
                table.append(stripped)
            elif _ITEM.match(line):
                flush()
                item.append(_ITEM.sub("", line, count=1))
            elif item and line.startswith((" ", "\t")):
                item.append(stripped)
            else:
                if table or item:
                    flush()
                prose.append(stripped)
        flush()


@lru_cache(maxsize=2048)
def units(clause: Clause) -> tuple[Unit, ...]:
    """The clause body as quotable units, in order (cached: clauses are immutable)."""
    builder = _Builder()
    paragraph: list[str] = []
    code: list[str] | None = None
    fence = fence_language = ""
    for line in clause.text.splitlines():
        if code is not None:
            if line.strip().startswith(fence):
                builder.add("code", "\n".join(code).rstrip(), language=builder.code_language or fence_language)
                code = None
                builder.code_label = ""
            else:
                code.append(line)
            continue
        match = _FENCE.match(line)
        if match:
            builder.paragraph(paragraph)
            paragraph = []
            code, fence, fence_language = [], match.group(1), match.group(2).lower()
            continue
        if line.strip():
            paragraph.append(line)
        else:
            builder.paragraph(paragraph)
            paragraph = []
    builder.paragraph(paragraph)
    return tuple(builder.units)


def plain(text: str) -> str:
    """Markdown emphasis and code marks removed (for matching words, not for display)."""
    return re.sub(r"[*`]", "", text)
