"""`secops chat` in a real terminal: a pseudo-terminal (stdlib pty), and tmux's rendered screen when installed."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import shlex
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.assistant.conftest import Kb
from tests.conftest import require_tool

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-Za-z]?")
PROMPT = "secops> "
TIMEOUT = 90.0


def _controlling_terminal() -> None:  # runs in the child: make the pty its terminal so Ctrl-C sends SIGINT
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """A child process on a pseudo-terminal; `screen` is everything it wrote, escape sequences removed."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, preexec_fn=_controlling_terminal
        )
        os.close(slave)
        self.raw = b""

    @property
    def screen(self) -> str:
        return ANSI.sub("", self.raw.decode("utf-8", "replace")).replace("\r", "")

    def _read(self, timeout: float) -> None:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if ready:
            with contextlib.suppress(OSError):
                self.raw += os.read(self.master, 65536)

    def wait_for(self, text: str, count: int = 1) -> str:
        deadline = time.monotonic() + TIMEOUT
        while self.screen.count(text) < count:
            if time.monotonic() > deadline or self.process.poll() is not None:
                self._read(0.2)
                if self.screen.count(text) >= count:
                    break
                raise AssertionError(f"waited for {text!r} x{count}; the terminal shows:\n{self.screen[-3000:]}")
            self._read(0.2)
        return self.screen

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> int:
        try:
            return self.process.wait(timeout=TIMEOUT)
        finally:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
            os.close(self.master)


@pytest.fixture
def terminal_env(kb_env: Kb, tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40", "PYTHONUNBUFFERED": "1"}
    env["SECOPS_USER_DIR"] = str(tmp_path / "user")
    return env


@pytest.fixture
def terminal(terminal_env: dict[str, str], tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal([sys.executable, "-m", "secops", "chat"], terminal_env, tmp_path)
    yield term
    if term.process.poll() is None:
        term.process.kill()
        term.close()


def test_chat_in_a_pseudo_terminal(terminal: Terminal, terminal_env: dict[str, str]) -> None:
    terminal.wait_for(PROMPT)
    terminal.type("What RSA key size do we require?\r")
    terminal.wait_for(PROMPT, 2)
    screen = terminal.screen
    assert "secops chat: answers from the security standards (extractive answers, offline)." in screen
    assert "3072 bits" in screen and "[SEC-CRYPTO-3]" in screen
    assert "Extractive answer" in screen

    terminal.type("/sources\r")
    terminal.wait_for("Cited in the last answer:")
    terminal.wait_for(PROMPT, 3)

    # CPython's readline sees a SIGINT that lands between its signal check and select() only at the next
    # key; a person never types that fast, so let the prompt settle first.
    time.sleep(0.5)
    terminal.type("\x03")  # Ctrl-C at the prompt: a fresh prompt, the session goes on
    terminal.wait_for(PROMPT, 4)

    terminal.type("\x1b[A\x1b[A\r")  # Up, Up: the question again, from readline's history
    terminal.wait_for("[SEC-CRYPTO-3]", terminal.screen.count("[SEC-CRYPTO-3]") + 1)
    terminal.wait_for(PROMPT, 5)

    terminal.type("\x04")  # Ctrl-D leaves
    assert terminal.close() == 0
    history = Path(terminal_env["SECOPS_USER_DIR"]) / "chat_history"
    assert history.read_text(encoding="utf-8").splitlines() == [
        "What RSA key size do we require?",
        "/sources",
        "What RSA key size do we require?",
    ]


def test_chat_screen_in_tmux(terminal_env: dict[str, str], tmp_path: Path) -> None:
    """The rendered screen (tmux capture-pane): Markdown bullets, citations, /help, and Up-arrow recall."""
    require_tool("tmux")
    socket = str(tmp_path / "tmux.sock")
    env = {**terminal_env, "TMUX": ""}
    command = " ".join(shlex.quote(part) for part in (sys.executable, "-m", "secops", "chat"))

    def tmux(*args: str) -> str:
        done = subprocess.run(["tmux", "-S", socket, *args], env=env, capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def screen_with(text: str, count: int = 1) -> str:
        deadline = time.monotonic() + TIMEOUT
        while True:
            shown = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "chat")
            if shown.count(text) >= count:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"waited for {text!r}; the screen shows:\n{shown}")
            time.sleep(0.2)

    tmux("-f", "/dev/null", "new-session", "-d", "-s", "chat", "-x", "120", "-y", "50", "-c", str(tmp_path),
         f"{command}; sleep 30")  # fmt: skip
    try:
        screen_with(PROMPT)
        tmux("send-keys", "-t", "chat", "Can I use MD5 to build a cache key?", "Enter")
        shown = screen_with(PROMPT, 2)
        assert "• They MAY be used for non-security purposes" in shown  # Markdown list rendered by rich
        assert "[SEC-CRYPTO-1]" in shown and "Sources:" in shown
        tmux("send-keys", "-t", "chat", "/help", "Enter")
        shown = screen_with(PROMPT, 3)
        assert "/finding FINGERPRINT" in shown and "Ctrl-D exits" in shown
        tmux("send-keys", "-t", "chat", "Up", "Up")
        shown = screen_with(f"{PROMPT}Can I use MD5 to build a cache key?", 2)
        tmux("send-keys", "-t", "chat", "C-u", "C-d")  # clear the recalled line, then Ctrl-D leaves
        deadline = time.monotonic() + TIMEOUT
        while tmux("display-message", "-p", "-t", "chat", "#{pane_current_command}").strip() != "sleep":
            assert time.monotonic() < deadline, "secops chat did not exit on Ctrl-D"
            time.sleep(0.2)
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], env=env, capture_output=True, timeout=30)
