"""Parsed source files for the evidence collectors (tree-sitter: independent of the running Python)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from secops.rules.library import language_of

MAX_PARSE_BYTES = 2_000_000


@cache
def load_grammar(name: str) -> Any:
    from tree_sitter import Language

    loaders: dict[str, Callable[[], Any]] = {
        "python": lambda: __import__("tree_sitter_python").language(),
        "javascript": lambda: __import__("tree_sitter_javascript").language(),
        "typescript": lambda: __import__("tree_sitter_typescript").language_typescript(),
        "tsx": lambda: __import__("tree_sitter_typescript").language_tsx(),
        "java": lambda: __import__("tree_sitter_java").language(),
        "go": lambda: __import__("tree_sitter_go").language(),
    }
    return Language(loaders[name]())


def grammar_for(path: str) -> str | None:
    lang = language_of(path)
    if lang == "typescript" and path.endswith(".tsx"):
        return "tsx"
    return lang if lang in ("python", "javascript", "typescript", "java", "go") else None


@dataclass
class SourceFile:
    path: str  # repo-relative
    language: str
    text: bytes
    tree: Any
    lines: list[str] = field(default_factory=list)

    def node_text(self, node: Any) -> str:
        return bytes(self.text[node.start_byte : node.end_byte]).decode("utf-8", "replace")

    def line(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def node_at(self, start: tuple[int, int], end: tuple[int, int]) -> Any:
        """The smallest named node covering the (1-based line, 1-based col) range."""
        begin = (start[0] - 1, max(start[1] - 1, 0))
        finish = (end[0] - 1, max(end[1] - 1, 0))
        return self.tree.root_node.named_descendant_for_point_range(begin, finish)

    def has_error_near(self, node: Any) -> bool:
        current = node
        while current is not None:
            if current.type == "ERROR" or current.is_missing:
                return True
            if current.type in (
                "function_definition",
                "method_declaration",
                "function_declaration",
                "module",
            ):
                return bool(current.has_error)
            current = current.parent
        return False


def walk(node: Any) -> Iterator[Any]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.named_children))


class SourceCache:
    """Each file read and parsed once per triage run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, SourceFile | None] = {}

    def get(self, path: str) -> SourceFile | None:
        if path not in self._files:
            self._files[path] = self._load(path)
        return self._files[path]

    def _load(self, path: str) -> SourceFile | None:
        grammar = grammar_for(path)
        full = self.root / path
        if grammar is None or not full.is_file() or full.is_symlink():
            return None
        try:
            data = full.read_bytes()
        except OSError:
            return None
        if len(data) > MAX_PARSE_BYTES:
            return None
        from tree_sitter import Parser

        tree = Parser(load_grammar(grammar)).parse(data)
        family = "typescript" if grammar == "tsx" else grammar
        return SourceFile(path, family, data, tree, data.decode("utf-8", "replace").splitlines())
