"""Git-aware scan modes: lines changed since a base, and the staged (index) content.

Plain git plumbing through the one subprocess wrapper: the pre-commit path never parses the whole
index in Python (slow on large repositories) nor imports gitpython.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from secops._subprocess import CommandError, run, run_bytes
from secops.errors import GitError, UsageError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_GIT = ("git", "-c", "core.quotepath=false")
_DIFF = ("--no-color", "--no-ext-diff", "-M", "--diff-filter=AMR")
_SYMLINK, _GITLINK = 0o120000, 0o160000
_TIMEOUT = 120

ChangedLines = dict[str, set[int]]  # repo-relative path → added/changed line numbers (new side)


@dataclass(frozen=True)
class StagedSnapshot:
    directory: Path  # index content materialised here, with repo-relative paths
    changed: ChangedLines


def _git(top: Path, *args: str, ok: tuple[int, ...] = (0,)) -> str:
    try:
        done = run([*_GIT, *args], cwd=top, timeout=_TIMEOUT)
    except CommandError as exc:
        raise GitError(f"git {' '.join(args[:3])} could not run: {exc.reason}", hint="install git") from exc
    if done.returncode not in ok:
        raise GitError(f"git {' '.join(args[:3])} failed: {done.stderr.strip() or done.returncode}")
    return done.stdout


def work_tree(path: Path) -> Path:
    """The top directory of the git work tree holding `path`."""
    if path.is_file():
        raise UsageError(
            f"{path} is a file, not a repository",
            hint="pass the repository directory (or run from inside it)",
        )
    try:
        done = run([*_GIT, "rev-parse", "--show-toplevel"], cwd=path, timeout=_TIMEOUT)
    except CommandError as exc:
        raise GitError(f"git could not run: {exc.reason}", hint="install git, or scan without --diff/--staged") from exc
    if done.returncode != 0 or not done.stdout.strip():
        raise GitError(
            f"{path} is not inside a git repository",
            hint="--diff and --staged need a git work tree; scan without them, or run `git init`",
        )
    return Path(done.stdout.strip()).resolve()


def parse_unified_zero(diff_text: str) -> ChangedLines:
    """Added/changed line numbers per new path from `git diff --unified=0` output."""
    changed: ChangedLines = {}
    current: str | None = None
    for line in diff_text.splitlines():
        if line.startswith("+++ "):
            target = line[4:]
            current = None if target == "/dev/null" else _strip_prefix(target)
            if current is not None:
                changed.setdefault(current, set())
        elif current is not None and (match := _HUNK.match(line)):
            start, count = int(match.group(1)), int(match.group(2) if match.group(2) is not None else 1)
            changed[current].update(range(start, start + count))
    return changed


def _strip_prefix(target: str) -> str:
    # git C-quotes names with quotes, backslashes or control characters, and ends one holding a space with a tab
    quoted = target.startswith('"') and target.endswith('"')
    target = _unquote(target[1:-1]) if quoted else target.removesuffix("\t")
    return target[2:] if target.startswith("b/") else target


_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def _unquote(text: str) -> str:
    """Undo git's C-style quoting of a path (octal escapes are UTF-8 bytes)."""
    out = bytearray()
    at = 0
    while at < len(text):
        char = text[at]
        if char == "\\" and at + 1 < len(text):
            if text[at + 1 : at + 4].isdigit():
                out.append(int(text[at + 1 : at + 4], 8))
                at += 4
                continue
            out.append(_ESCAPES.get(text[at + 1], ord(text[at + 1])))
            at += 2
            continue
        out += char.encode()
        at += 1
    return out.decode("utf-8", "replace")


def _commit(top: Path, ref: str) -> str | None:
    out = _git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}", ok=(0, 1, 128))
    return out.strip() or None


def changed_since(top: Path, base: str) -> ChangedLines:
    """Lines added or changed in the work tree since the merge-base of BASE and HEAD (renames followed)."""
    base_commit = _commit(top, base)
    if base_commit is None:
        raise GitError(
            f"{base!r} is not a commit in {top}",
            hint="pass a branch, tag or commit that exists (in CI fetch enough history, e.g. fetch-depth: 0)",
        )
    if _commit(top, "HEAD") is None:
        raise GitError("the repository has no commits yet", hint="commit something, or scan without --diff")
    merge_base = _git(top, "merge-base", base_commit, "HEAD", ok=(0, 1)).strip()
    if not merge_base:
        raise GitError(f"{base} and HEAD share no history", hint="pass a base on the same history as HEAD")
    return parse_unified_zero(_git(top, "diff", *_DIFF, "--unified=0", merge_base))


def _staged_blobs(top: Path) -> list[tuple[str, str, int]]:
    """(path, blob id, mode) of every added/modified/renamed path in the index (vs HEAD, or empty if unborn)."""
    fields = _git(top, "diff", "--cached", *_DIFF, "--raw", "-z", "--no-abbrev").split("\0")
    blobs: list[tuple[str, str, int]] = []
    at = 0
    while at < len(fields) and fields[at].startswith(":"):
        _old_mode, new_mode, _old, new, status = fields[at][1:].split(" ")
        at += 2 if status[0] in "AM" else 3  # a rename carries old and new paths
        blobs.append((fields[at - 1], new, int(new_mode, 8)))
    return blobs


def _read_blobs(top: Path, ids: list[str]) -> dict[str, bytes]:
    """Blob contents by id, in one `git cat-file --batch` call."""
    if not ids:
        return {}
    try:
        code, out, err = run_bytes(
            [*_GIT, "cat-file", "--batch"], cwd=top, timeout=_TIMEOUT, stdin="\n".join(ids).encode() + b"\n"
        )
    except CommandError as exc:
        raise GitError(f"git cat-file could not run: {exc.reason}") from exc
    if code != 0:
        raise GitError(f"git cat-file failed: {err.strip() or code}")
    blobs: dict[str, bytes] = {}
    at = 0
    for blob_id in ids:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        if len(header) != 3:  # "<id> missing": a corrupt or partial clone
            raise GitError(f"staged blob {blob_id} is missing from the object store", hint="run `git fsck`")
        size = int(header[2])
        blobs[blob_id] = out[end + 1 : end + 1 + size]
        at = end + 1 + size + 1
    return blobs


def staged_snapshot(top: Path, into: Path) -> StagedSnapshot:
    """Write the index version of every staged (added/modified/renamed) file under `into`."""
    changed = parse_unified_zero(_git(top, "diff", "--cached", *_DIFF, "--unified=0"))
    # Paths without a text hunk header (binary files, pure renames) have nothing to scan.
    staged = [(path, blob, mode) for path, blob, mode in _staged_blobs(top) if path in changed and mode != _GITLINK]
    contents = _read_blobs(top, sorted({blob for _path, blob, _mode in staged}))
    for rel, blob, mode in staged:
        destination = into / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        if mode == _SYMLINK:  # a staged symlink: record it as a link, never follow it
            destination.symlink_to(contents[blob].decode("utf-8", "replace"))
        else:
            destination.write_bytes(contents[blob])
    return StagedSnapshot(into, changed)
