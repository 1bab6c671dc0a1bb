"""Which files a scan hands to Semgrep, and why any others were left out."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from secops._subprocess import CommandError, run
from secops.errors import UsageError
from secops.models import ScanWarning
from secops.rules.library import language_of

if TYPE_CHECKING:
    from secops.policy import Policy

_SNIFF_BYTES = 8192
_ALWAYS_SKIPPED_DIRS = {".git", ".hg", ".svn", ".secops"}
DEFAULT_MAX_TARGET_BYTES = 1_000_000  # policy scan.max_target_bytes


@dataclass(frozen=True)
class Targets:
    files: tuple[str, ...]  # repo-relative, forward slashes
    languages: frozenset[str]
    warnings: tuple[ScanWarning, ...]


def _git_listing(root: Path) -> list[str] | None:
    """Tracked and untracked-but-not-ignored files, or None outside a git work tree."""
    if not (root / ".git").exists():
        return None
    try:
        done = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root, timeout=120)
    except CommandError:
        return None
    if done.returncode != 0:
        return None
    return sorted({p for p in done.stdout.split("\0") if p})


def _walk(root: Path) -> list[str]:
    found: list[str] = []
    for current, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _ALWAYS_SKIPPED_DIRS)
        base = Path(current).relative_to(root)
        found.extend((base / name).as_posix() for name in sorted(files))
        # Directory symlinks are listed as dirs; report the ones that leave the tree.
        found.extend((base / d).as_posix() for d in dirs if (Path(current) / d).is_symlink())
    return found


def prefixes_for(root: Path, requested: Sequence[Path]) -> tuple[str, ...]:
    """Repo-relative prefixes for the paths a user asked for ("" selects everything)."""
    if not requested:
        return ("",)
    prefixes: list[str] = []
    for path in requested:
        absolute = (path if path.is_absolute() else Path.cwd() / path).absolute()
        if not absolute.exists() and not absolute.is_symlink():
            raise UsageError(f"path {path} does not exist", hint="pass existing files or directories to scan")
        try:
            relative = absolute.relative_to(root.absolute())
        except ValueError as exc:
            raise UsageError(
                f"path {path} is outside the scanned repository {root}",
                hint="run secops from inside the repository, or pass --root",
            ) from exc
        prefixes.append("" if str(relative) == "." else relative.as_posix())
    return tuple(prefixes)


def _selected(path: str, prefixes: Iterable[str]) -> bool:
    return any(not p or path == p or path.startswith(p + "/") for p in prefixes)


def _check_file(root: Path, rel: str, max_bytes: int) -> tuple[bool, ScanWarning | None]:
    """(keep, warning) for one file: symlinks, size, binary and encoding checks."""
    path = root / rel
    is_source = language_of(rel) is not None
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            return False, ScanWarning(
                "symlink-outside", f"symlink to {target} leaves the repository; not followed", rel
            )
        return False, None  # its target is scanned in its own right
    try:
        size = path.stat().st_size
        if size > max_bytes:
            message = f"{size:,} bytes is over the {max_bytes:,}-byte limit; skipped (raise scan.max_target_bytes)"
            return False, ScanWarning("file-too-large", message, rel) if is_source else None
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if b"\0" in head:
                return False, ScanWarning("binary-file", "binary content; skipped", rel) if is_source else None
            data = head + handle.read()
    except OSError as exc:
        return False, ScanWarning("unreadable-file", f"cannot read: {exc.strerror}; skipped", rel)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = "not valid UTF-8; scanned, but snippets may show replacement characters"
        return True, ScanWarning("not-utf8", message, rel, line) if is_source else None
    return True, None


def collect(
    root: Path, policy: Policy | None, prefixes: Sequence[str] = ("",), only: Iterable[str] | None = None
) -> Targets:
    """Files under root (or just `only`) within `prefixes`, minus policy excludes and unscannable files.

    Without a policy nothing is excluded by path and the default size limit applies.
    """
    if only is not None:
        listing = sorted(set(only))
    else:
        found = _git_listing(root)
        listing = found if found is not None else _walk(root)
    candidates = [p for p in listing if _selected(p, prefixes)]
    files: list[str] = []
    warnings: list[ScanWarning] = []
    for rel in candidates:
        if set(rel.split("/")) & _ALWAYS_SKIPPED_DIRS or (policy is not None and not policy.path_selected(rel)):
            continue
        if not (root / rel).exists() and not (root / rel).is_symlink():
            continue  # deleted in the work tree but still in the index
        keep, warning = _check_file(root, rel, policy.scan.max_target_bytes if policy else DEFAULT_MAX_TARGET_BYTES)
        if warning:
            warnings.append(warning)
        if keep:
            files.append(rel)
    languages = frozenset(filter(None, (language_of(f) for f in files)))
    return Targets(tuple(files), languages, tuple(warnings))
