"""Helpers for the `secops chat` REPL: persisted input history (readline), slash commands, session state.

The loop itself lives in secops/commands/assist.py (the CLI layer); nothing here prints.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secops.assistant.finding import FindingContext
from secops.assistant.interface import Conversation
from secops.redact import redact

HISTORY_FILE = "chat_history"
HISTORY_LIMIT = 1000

COMMANDS: dict[str, str] = {
    "/sources": "the clauses behind the last answer",
    "/finding FINGERPRINT": "ask about a finding from the last scan (/finding off to stop)",
    "/clear": "forget the conversation (and the finding)",
    "/help": "this list",
    "/exit": "leave (or Ctrl-D)",
}


def history_path(user_dir: Path) -> Path:
    return user_dir / HISTORY_FILE


class InputHistory:
    """Up-arrow history kept across sessions: one redacted line per question in the user directory.

    Lines are redacted before they are stored, so a secret pasted into a question never lands on disk.
    The file is written by us (not by readline) so GNU readline and libedit read the same format.
    """

    def __init__(self, path: Path, limit: int = HISTORY_LIMIT) -> None:
        self.path = path
        self.limit = limit
        self.entries: list[str] = []
        self._readline: Any = None

    def load(self) -> InputHistory:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            lines = self.path.read_text(encoding="utf-8").splitlines()
            self.entries = [line for line in lines if line.strip()][-self.limit :]
        return self

    def attach_readline(self) -> bool:
        """Use readline for line editing and Up-arrow recall, seeded with the stored history."""
        try:
            import readline
        except ImportError:  # Windows without pyreadline: plain input() still works
            return False
        self._readline = readline
        with contextlib.suppress(AttributeError):
            readline.set_auto_history(False)
        readline.clear_history()
        for entry in self.entries:
            readline.add_history(entry)
        return True

    def add(self, line: str) -> None:
        entry = " ".join(redact(line).split())
        if not entry or (self.entries and self.entries[-1] == entry):
            return
        self.entries.append(entry)
        del self.entries[: -self.limit]
        if self._readline is not None:
            self._readline.add_history(entry)
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write("\n".join(self.entries) + "\n")


@dataclass(frozen=True)
class Command:
    name: str  # "/sources"
    argument: str


def parse_command(line: str) -> Command | None:
    """`/finding abc123` -> Command("/finding", "abc123"); anything not starting with "/" -> None."""
    text = line.strip()
    if not text.startswith("/"):
        return None
    name, _, argument = text.partition(" ")
    name = name.lower()
    aliases = {"/quit": "/exit", "/q": "/exit", "/?": "/help", "/source": "/sources", "/reset": "/clear"}
    return Command(aliases.get(name, name), argument.strip())


@dataclass
class ChatSession:
    """What one chat session remembers: the conversation and the finding it is about."""

    conversation: Conversation = field(default_factory=Conversation)
    finding: FindingContext | None = None

    def clear(self) -> None:
        self.conversation.clear()
        self.finding = None
