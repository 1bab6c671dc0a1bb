"""YAML loading that can say which line a bad value is on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from secops.errors import ConfigError


def load_with_lines(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file; return the data and its node tree (for line lookups)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path.name} is not UTF-8 text", where=str(path), hint="save it as UTF-8") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", where=str(path)) from exc
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(
            f"{path.name} is not valid YAML: {problem}", where=f"{path}{line}", hint="fix the YAML syntax"
        ) from exc
    return data, node


def line_of(node: yaml.Node | None, loc: tuple[int | str, ...]) -> int:
    """1-based line of the value at `loc` (keys and list indexes), or the closest parent found."""
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            if match is None:
                key = next((k for k, _ in node.value if getattr(k, "value", None) == part), None)
                return key.start_mark.line + 1 if key is not None else line
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return line
        line = node.start_mark.line + 1
    return line


def pydantic_problem(path: Path, node: yaml.Node | None, error: Any) -> ConfigError:
    """Turn the first pydantic validation error into a ConfigError pointing at file:line."""
    first = error.errors()[0]
    loc = tuple(first["loc"])
    dotted = ".".join(str(p) for p in loc) or "(top level)"
    if first["type"] == "extra_forbidden":
        message = f"unknown key '{dotted}' in {path.name}"
        hint = "remove it or check its spelling against the documented keys"
    else:
        message = f"bad value for '{dotted}' in {path.name}: {first['msg']}"
        hint = "see the documented schema for this file"
    return ConfigError(message, where=f"{path}:{line_of(node, loc)}", hint=hint)
