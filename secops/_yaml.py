"""YAML with line numbers, so every schema error can name `file:line` and the bad key."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from secops.errors import ConfigError

if TYPE_CHECKING:
    from pydantic import ValidationError

_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available
Key = tuple[str | int, ...]
LineMap = dict[Key, int]


def display(path: Path) -> str:
    """A path as a user wants to read it: relative to the working directory when below it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _walk(node: yaml.Node, key: Key, lines: LineMap, offset: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = (*key, str(key_node.value))
            lines[child] = key_node.start_mark.line + 1 + offset
            _walk(value_node, child, lines, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*key, index)
            lines[child] = item.start_mark.line + 1 + offset
            _walk(item, child, lines, offset)


def load_yaml(text: str, path: Path, *, first_line: int = 1, what: str = "YAML") -> tuple[Any, LineMap]:
    """Parse `text` (which starts at `first_line` of `path`); return the data and key -> line."""
    offset = first_line - 1
    try:
        node = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)  # a safe loader (CSafeLoader or SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 1 + offset) if mark is not None else first_line
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(
            f"{what} is not valid YAML: {problem}",
            where=f"{display(path)}:{line}",
            hint="fix the YAML syntax (indentation, quoting, a missing colon)",
        ) from exc
    lines: LineMap = {(): first_line}
    if node is not None:
        _walk(node, (), lines, offset)
    return data, lines


def line_of(lines: LineMap, key: Sequence[str | int]) -> int:
    """The line of the longest prefix of `key` that has one."""
    probe = tuple(key)
    while probe and probe not in lines:
        probe = probe[:-1]
    return lines.get(probe, lines.get((), 1))


def dotted(key: Sequence[str | int]) -> str:
    out = ""
    for part in key:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def schema_problems(exc: ValidationError, lines: LineMap, prefix: Key = ()) -> list[tuple[int, str]]:
    """Each pydantic error as (line, "key 'a.b[0]': message")."""
    out: list[tuple[int, str]] = []
    for error in exc.errors():
        loc = (*prefix, *(part for part in error["loc"] if isinstance(part, str | int)))
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        out.append((line_of(lines, loc), f"key '{dotted(loc)}': {message}"))
    return out
