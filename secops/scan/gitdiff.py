"""Git-aware scan modes: lines changed since a base, and the staged (index) content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secops.errors import GitError, UsageError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

ChangedLines = dict[str, set[int]]  # repo-relative path → added/changed line numbers (new side)


@dataclass(frozen=True)
class StagedSnapshot:
    directory: Path  # index content materialised here, with repo-relative paths
    changed: ChangedLines


def open_repo(path: Path) -> Any:
    import git  # gitpython: imported lazily, the hook path pays only when it needs git

    if path.is_file():
        raise UsageError(
            f"{path} is a file, not a repository",
            hint="pass the repository directory (or run from inside it)",
        )
    try:
        return git.Repo(path, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError) as exc:
        raise GitError(
            f"{path} is not inside a git repository",
            hint="--diff and --staged need a git work tree; scan without them, or run `git init`",
        ) from exc


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
    if target.startswith('"') and target.endswith('"'):  # only names with quotes or control characters
        target = target[1:-1]
    return target[2:] if target.startswith("b/") else target


def _git(repo: Any, *args: str) -> str:
    import git

    try:
        return str(repo.git.execute(["git", "-c", "core.quotepath=false", *args], strip_newline_in_stdout=False))
    except git.GitCommandError as exc:
        raise GitError(f"git {' '.join(args[:3])} failed: {exc.stderr.strip() or exc}") from exc


def changed_since(repo: Any, base: str) -> ChangedLines:
    """Lines added or changed in the work tree since the merge-base of BASE and HEAD (renames followed)."""
    import git

    try:
        base_commit = repo.commit(base)
    except (git.BadName, ValueError) as exc:
        raise GitError(
            f"{base!r} is not a commit in {repo.working_tree_dir}",
            hint="pass a branch, tag or commit that exists (in CI fetch enough history, e.g. fetch-depth: 0)",
        ) from exc
    try:
        head = repo.head.commit
    except ValueError as exc:
        raise GitError("the repository has no commits yet", hint="commit something, or scan without --diff") from exc
    bases = repo.merge_base(base_commit, head)
    if not bases:
        raise GitError(f"{base} and HEAD share no history", hint="pass a base on the same history as HEAD")
    text = _git(repo, "diff", "--no-color", "--no-ext-diff", "-M", "--unified=0", "--diff-filter=AMR", bases[0].hexsha)
    return parse_unified_zero(text)


def staged_snapshot(repo: Any, into: Path) -> StagedSnapshot:
    """Write the index version of every staged (added/modified/renamed) file under `into`."""
    try:
        parent = repo.head.commit.hexsha
    except ValueError:
        parent = _EMPTY_TREE  # first commit: everything staged is new
    text = _git(
        repo,
        "diff",
        "--cached",
        "--no-color",
        "--no-ext-diff",
        "-M",
        "--unified=0",
        "--diff-filter=AMR",
        parent,
    )
    changed = parse_unified_zero(text)
    entries = repo.index.entries
    for rel in changed:
        entry = entries.get((rel, 0))
        if entry is None:
            continue
        destination = into / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        if entry.mode & 0o170000 == 0o120000:  # a staged symlink: record it as a link, never follow it
            destination.symlink_to(repo.odb.stream(entry.binsha).read().decode("utf-8", "replace"))
            continue
        destination.write_bytes(repo.odb.stream(entry.binsha).read())
    return StagedSnapshot(into, changed)
