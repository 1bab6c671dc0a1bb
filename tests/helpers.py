"""Builders for throwaway git repositories and test scans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import git

VULN_PY = """\
import hashlib
from flask import request


def handler():
    expr = request.args.get("q")
    return eval(expr)


def checksum(data):
    return hashlib.md5(data).hexdigest()
"""


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def make_repo(root: Path, files: dict[str, str | bytes] | None = None, message: str = "initial") -> Any:
    root.mkdir(parents=True, exist_ok=True)
    repo = git.Repo.init(root, initial_branch="main")
    if files:
        write(root, files)
        repo.git.add(A=True)
        repo.index.commit(message)
    return repo


def commit_all(repo: Any, message: str) -> None:
    repo.git.add(A=True)
    repo.index.commit(message)
