"""Errors with named exit codes, and the one boundary that turns them into messages."""

from __future__ import annotations

import os
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path
from typing import TextIO


class ExitCode(IntEnum):
    """Every exit code secops uses. Documented in README.md ("Exit codes")."""

    OK = 0
    BLOCKING = 1  # the gate found blocking findings
    USAGE = 2  # bad command line, configuration, policy, baseline or input
    ENGINE = 3  # Semgrep (or git) failed to run
    KNOWLEDGE = 4  # the knowledge index is missing, corrupt or unreachable
    PROVIDER = 5  # an LLM or embedding provider failed and the command cannot degrade
    INTERNAL = 70  # a bug in secops: a crash log was written
    INTERRUPTED = 130  # Ctrl-C


class SecopsError(Exception):
    """An error a user can act on: what went wrong, where, and how to fix it."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint

    def render(self) -> str:
        lines = [f"error: {self.message}"]
        if self.where:
            lines.append(f"  where: {self.where}")
        if self.hint:
            lines.append(f"  fix: {self.hint}")
        return "\n".join(lines)


class UsageError(SecopsError):
    """A bad argument or input path."""


class ConfigError(SecopsError):
    """Malformed policy, configuration, baseline or triage memory."""


class GitError(SecopsError):
    """The repository or revision asked for does not exist or git refused."""


class ScanError(SecopsError):
    """Semgrep could not run or returned something unusable."""

    exit_code = ExitCode.ENGINE


class KnowledgeError(SecopsError):
    """The knowledge index cannot answer (missing, corrupt, server down, model mismatch)."""

    exit_code = ExitCode.KNOWLEDGE


class ProviderError(SecopsError):
    """An LLM or embedding provider failed, is unknown, or is misconfigured."""

    exit_code = ExitCode.PROVIDER


def _crash_log(exc: BaseException) -> Path:
    from secops import __version__

    directory = Path(os.environ.get("SECOPS_STATE_DIR", ".secops"))
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "crash.log"
    except OSError:
        path = Path(os.environ.get("TMPDIR", "/tmp")) / "secops-crash.log"
    text = (
        f"### secops crash ({datetime.now(UTC).isoformat(timespec='seconds')})\n\n"
        f"- secops {__version__}, Python {platform.python_version()}, {platform.platform()}\n"
        f"- argv: `{' '.join(sys.argv)}`\n\n```\n{''.join(traceback.format_exception(exc))}```\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def run_guarded(func: Callable[[], int], stderr: TextIO | None = None) -> int:
    """Run a command body; map every failure to a message and a documented exit code."""
    err = stderr or sys.stderr
    try:
        return func()
    except SecopsError as exc:
        print(exc.render(), file=err)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("interrupted", file=err)
        return int(ExitCode.INTERRUPTED)
    except Exception as exc:  # the boundary: anything else is our bug
        log = _crash_log(exc)
        print(
            f"error: an unexpected error occurred: {type(exc).__name__}: {exc}\n"
            f"  fix: this is a bug in secops; please report it with the crash log at {log}",
            file=err,
        )
        return int(ExitCode.INTERNAL)
