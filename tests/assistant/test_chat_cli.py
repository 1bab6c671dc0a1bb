"""`secops chat` driven by input transcripts (typer's CliRunner), and its REPL helpers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from secops.assistant.chat import InputHistory, parse_command
from secops.cli import app
from secops.commands.assist import PROMPT, AssistOptions, run_chat
from tests.assistant.conftest import Kb

runner = CliRunner()


def chat(*lines: str, args: tuple[str, ...] = ()) -> Any:
    """Run `secops chat` with these input lines; input ends without /exit (Ctrl-D) unless a line says so."""
    return runner.invoke(app, ["chat", *args], input="".join(f"{line}\n" for line in lines))


def test_a_session_answers_shows_sources_clears_and_exits(kb_env: Kb) -> None:
    result = chat("What RSA key size do we require?", "/sources", "/clear", "/sources", "/exit", "never asked")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("secops chat: answers from the security standards (extractive answers, offline).")
    assert out.count(PROMPT) == 5  # the line after /exit is never read
    assert "3072 bits" in out and "[SEC-CRYPTO-3]" in out
    assert "Cited in the last answer:" in out
    assert "SEC-CRYPTO-3  Use keys of sufficient size  (standards/cryptography.md:" in out
    assert "Conversation cleared." in out
    assert "No answer yet: ask a question first." in out


def test_ctrl_d_ends_the_session(kb_env: Kb) -> None:
    result = chat("Can I use MD5 to build a cache key?")
    assert result.exit_code == 0, result.output
    assert "usedforsecurity=False" in result.output
    assert result.output.count(PROMPT) == 2  # asked again, then end of input (Ctrl-D)


def test_help_lists_the_commands(kb_env: Kb) -> None:
    result = chat("/help", "/bogus")
    for command in ("/sources", "/finding FINGERPRINT", "/clear", "/help", "/exit", "Ctrl-D"):
        assert command in result.output
    assert "Unknown command /bogus." in result.output


def test_a_follow_up_uses_the_conversation(kb_env: Kb) -> None:
    result = chat("Can I use MD5 to build a cache key?", "/clear", "why?")
    assert result.exit_code == 0
    assert result.output.count("Not covered by the security standards") == 1  # no context after /clear
    result = chat("Can I use MD5 to build a cache key?", "why?")
    assert "Not covered" not in result.output
    assert result.output.count("[SEC-CRYPTO-1]") >= 2


def test_an_out_of_scope_question_is_declined_and_sources_says_so(kb_env: Kb) -> None:
    result = chat("What's our parental leave policy?", "/sources")
    assert "Not covered by the security standards" in result.output
    assert "The last answer cites no clause" in result.output
    assert "Nearest clauses:" in result.output


def test_finding_command_sets_the_context(kb_env: Kb, scanned_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(scanned_repo)
    result = chat("/finding f1e2d3c4", "how do I fix this?", "/finding", "/finding off", "/finding nope")
    out = result.output
    assert "python.crypto.weak-hash.hashlib-md5-sha1" in out and "Questions now refer to this finding" in out
    assert "[SEC-CRYPTO-1]" in out and "Suggested fix from the rule" in out
    assert "Asking about finding f1e2d3c4b5a6." in out
    assert "No finding selected." in out
    assert "no finding has fingerprint 'nope'" in out  # an error keeps the session going
    assert result.exit_code == 0


def test_history_is_persisted_redacted_under_the_user_dir(kb_env: Kb, monkeypatch: pytest.MonkeyPatch) -> None:
    key = "AKIAIOSFODNN7EXAMPLE"
    chat("What RSA key size do we require?", f"I leaked {key}, what now?", "/exit")
    import os

    path = Path(os.environ["SECOPS_USER_DIR"]) / "chat_history"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == ["What RSA key size do we require?", "I leaked [REDACTED:aws-access-key-id], what now?", "/exit"]
    assert path.stat().st_mode & 0o077 == 0
    assert InputHistory(path).load().entries == lines  # the next session recalls them with Up-arrow


def test_history_keeps_the_last_entries_without_repeats(tmp_path: Path) -> None:
    history = InputHistory(tmp_path / "h", limit=3)
    for line in ["a", "b", "b", "c", "d"]:
        history.add(line)
    assert history.entries == ["b", "c", "d"]
    assert InputHistory(tmp_path / "h").load().entries == ["b", "c", "d"]


def test_parse_command() -> None:
    assert parse_command("what is this") is None
    command = parse_command("  /FINDING  abc123 ")
    assert command is not None and (command.name, command.argument) == ("/finding", "abc123")
    assert parse_command("/quit") == parse_command("/exit")


def _reader(*steps: str | type[BaseException]) -> Any:
    queue: Iterator[str | type[BaseException]] = iter(steps)

    def read(prompt: str) -> str:
        print(prompt, end="")
        step = next(queue, EOFError)
        if isinstance(step, str):
            return step
        raise step

    return read


def test_ctrl_c_at_the_prompt_and_during_an_answer_keeps_the_session(
    kb_env: Kb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import secops.assist

    real = secops.assist.answer
    calls = {"n": 0}

    def interrupted_once(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(secops.assist, "answer", interrupted_once)
    read = _reader(KeyboardInterrupt, "What RSA key size do we require?", "What RSA key size do we require?")
    assert run_chat(AssistOptions(), read=read) == 0
    out = capsys.readouterr().out
    assert "(answer cancelled)" in out
    assert "3072 bits" in out  # the session went on after both interrupts
    assert out.count(PROMPT) == 4


def test_chat_with_the_fake_provider_streams_the_answer(
    kb_env: Kb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "replies.json"
    script.write_text(json.dumps(["Use AES-GCM [SEC-CRYPTO-2].", "Never [SEC-CRYPTO-1] MD5 for tokens."]))
    monkeypatch.setenv("SECOPS_FAKE_CHAT_SCRIPT", str(script))
    result = chat("Which cipher should I use?", "Is MD5 ok for tokens?", "/sources", args=("--provider", "fake"))
    assert result.exit_code == 0, result.output
    assert "(model fake:fake-model)" in result.output
    assert "Use AES-GCM [SEC-CRYPTO-2]." in result.output
    assert "SEC-CRYPTO-1  Do not use MD5 or SHA-1 for security purposes" in result.output
