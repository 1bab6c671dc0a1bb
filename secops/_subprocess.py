"""The one place secops starts another program."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Completed:
    argv: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


class CommandError(Exception):
    """A program could not be started or timed out; the text explains itself."""

    def __init__(self, argv: Sequence[str], reason: str, stdout: str = "", stderr: str = "") -> None:
        self.argv = tuple(argv)
        self.reason = reason
        self.stdout = stdout
        self.stderr = stderr
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"command {' '.join(self.argv[:6])}{' …' if len(self.argv) > 6 else ''}: {self.reason}"]
        for name, text in (("stdout", self.stdout), ("stderr", self.stderr)):
            if text.strip():
                tail = "\n".join(text.strip().splitlines()[-15:])
                parts.append(f"{name}:\n    " + tail.replace("\n", "\n    "))
        return "\n".join(parts)


def run(
    argv: Sequence[str],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    stdin: str | None = None,
    executable: str | None = None,
) -> Completed:
    """Run argv and return its output whatever the exit code: callers map codes explicitly.

    `executable`, when given, is the program started, and argv[0] only the name it sees.
    """
    proc = _call(argv, cwd, env, timeout, stdin, text=True, executable=executable)
    return Completed(tuple(argv), proc.returncode, proc.stdout, proc.stderr)


def run_bytes(
    argv: Sequence[str], *, cwd: Path | None = None, timeout: float | None = None, stdin: bytes | None = None
) -> tuple[int, bytes, str]:
    """`run` for programs whose output is data, not text (e.g. `git cat-file --batch`): (code, stdout, stderr)."""
    proc = _call(argv, cwd, None, timeout, stdin, text=False)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def _call(
    argv: Sequence[str],
    cwd: Path | None,
    env: Mapping[str, str] | None,
    timeout: float | None,
    stdin: str | bytes | None,
    *,
    text: bool,
    executable: str | None = None,
) -> subprocess.CompletedProcess[Any]:
    merged = dict(os.environ)
    if env:
        merged.update(env)
    try:
        return subprocess.run(
            list(argv),
            executable=executable,
            cwd=cwd,
            env=merged,
            input=stdin,
            capture_output=True,
            text=text,
            errors="replace" if text else None,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError as exc:
        raise CommandError(argv, f"program not found ({exc.filename or executable or argv[0]})") from exc
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else exc.stdout or ""
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else exc.stderr or ""
        raise CommandError(argv, f"timed out after {timeout:.0f}s", out, err) from exc
    except OSError as exc:
        raise CommandError(argv, f"could not start: {exc}") from exc
