"""The staged snapshot and changed-line sets come from git plumbing; these pin the awkward cases."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from secops.errors import GitError
from secops.scan.gitdiff import changed_since, staged_snapshot, work_tree
from tests.helpers import commit_all, make_repo, write


def _snapshot(repo_dir: Path, tmp_path: Path) -> tuple[Path, dict[str, set[int]]]:
    into = tmp_path / "staged"
    into.mkdir()
    snap = staged_snapshot(work_tree(repo_dir), into)
    return snap.directory, snap.changed


def test_index_content_not_work_tree_and_odd_names(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", {"keep.py": "x = 1\n"})
    names = {
        "dir with space/a b.py": "a = 1\nb = 2\n",
        "ünï/çødé.py": "c = 3\n",
        ":colon.py": "d = 4\n",
        'quo"te\\back\ttab.py': "e = 5\n",  # git C-quotes these names in patch headers
    }
    write(tmp_path / "r", names)
    repo.git.add(A=True)
    write(tmp_path / "r", dict.fromkeys(names, "changed after staging\n"))
    directory, changed = _snapshot(tmp_path / "r", tmp_path)
    assert changed == {name: set(range(1, content.count("\n") + 1)) for name, content in names.items()}
    for name, content in names.items():
        assert (directory / name).read_text(encoding="utf-8") == content  # the staged blob, byte for byte
    assert not (directory / "keep.py").exists()  # unchanged files are not materialised


def test_modified_renamed_binary_and_symlink(tmp_path: Path) -> None:
    body = "".join(f"line_{n} = {n}\n" for n in range(30))
    repo = make_repo(tmp_path / "r", {"old.py": body, "mod.py": "a = 1\nb = 2\n", "img.bin": b"\x00\x01"})
    (tmp_path / "r" / "old.py").rename(tmp_path / "r" / "new.py")
    write(tmp_path / "r", {"new.py": body + "added = 1\n", "mod.py": "a = 1\nb = 3\n", "img.bin": b"\x00\x02\xff"})
    (tmp_path / "r" / "link.py").symlink_to("/etc/passwd")
    repo.git.add(A=True)
    directory, changed = _snapshot(tmp_path / "r", tmp_path)
    assert changed == {"new.py": {31}, "mod.py": {2}, "link.py": {1}}
    assert (directory / "new.py").read_text() == body + "added = 1\n"
    assert (directory / "mod.py").read_text() == "a = 1\nb = 3\n"
    assert (directory / "link.py").is_symlink()  # recorded as a link, never followed
    assert str((directory / "link.py").readlink()) == "/etc/passwd"
    assert not (directory / "img.bin").exists()  # binary: no text hunk, nothing to scan


def test_unborn_branch_stages_everything(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    write(tmp_path / "r", {"a.py": "x = 1\n"})
    repo.git.add(A=True)
    _directory, changed = _snapshot(tmp_path / "r", tmp_path)
    assert changed == {"a.py": {1}}


def test_submodule_gitlink_is_skipped(tmp_path: Path) -> None:
    make_repo(tmp_path / "sub", {"s.py": "s = 1\n"})
    repo = make_repo(tmp_path / "r", {"a.py": "x = 1\n"})
    subprocess.run(
        ["git", "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(tmp_path / "sub"), "vendor/sub"],
        cwd=tmp_path / "r",
        check=True,
    )
    write(tmp_path / "r", {"a.py": "x = 2\n"})
    repo.git.add(A=True)
    directory, _changed = _snapshot(tmp_path / "r", tmp_path)
    assert (directory / "a.py").read_text() == "x = 2\n"
    assert not (directory / "vendor" / "sub").exists()


def test_changed_since_uses_the_merge_base(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", {"a.py": "a = 1\n"})
    repo.git.checkout("-b", "feature")
    write(tmp_path / "r", {"b.py": "b = 1\nb = 2\n"})
    commit_all(repo, "feature work")
    repo.git.checkout("main")
    write(tmp_path / "r", {"a.py": "a = 1\nmain_only = 1\n"})
    commit_all(repo, "main moves on")
    repo.git.checkout("feature")
    assert changed_since(work_tree(tmp_path / "r"), "main") == {"b.py": {1, 2}}


def test_changed_since_errors(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", {"a.py": "a = 1\n"})
    top = work_tree(tmp_path / "r")
    with pytest.raises(GitError, match="not a commit"):
        changed_since(top, "--all")  # an option-looking base is a name, never an option
    repo.git.checkout("--orphan", "fresh")
    with pytest.raises(GitError, match="no commits yet"):
        changed_since(top, "main")
    repo.index.commit("unrelated root")
    with pytest.raises(GitError, match="share no history"):
        changed_since(top, "main")
    with pytest.raises(GitError, match="not inside a git repository"):
        work_tree(tmp_path)
