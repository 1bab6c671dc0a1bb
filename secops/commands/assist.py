"""`secops ask`, `secops chat` and `secops eval --assistant`: the assistant's command bodies and its REPL."""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markdown import Markdown

from secops.errors import ExitCode, SecopsError, UsageError

if TYPE_CHECKING:
    from rich.live import Live

    from secops.assist import Answer
    from secops.assistant.chat import ChatSession, Command
    from secops.knowledge.interface import KnowledgeIndex
    from secops.providers.chat import ChatModel

OFFLINE = ("", "offline", "extractive", "none")
PROMPT = "secops> "
DEFAULT_QUESTION = "How do I fix this finding?"


@dataclass(frozen=True)
class AssistOptions:
    """Where the standards and the model come from (flags > SECOPS_* env vars > defaults)."""

    provider: str | None = None  # None/offline: extractive answers
    model: str | None = None
    kb_dir: Path | None = None
    index_dir: Path | None = None
    chroma_url: str | None = None
    results: Path | None = None  # scan results for --finding / /finding (default: <root>/.secops/last-scan.json)
    root: Path | None = None

    @classmethod
    def from_env(cls) -> AssistOptions:
        """SECOPS_ASSIST_PROVIDER and SECOPS_MODEL; the index settings are read by `open_index` itself."""
        return cls(provider=os.environ.get("SECOPS_ASSIST_PROVIDER"), model=os.environ.get("SECOPS_MODEL"))


def open_assistant_index(options: AssistOptions) -> KnowledgeIndex:
    from secops.knowledge.index import open_index

    return open_index(kb_dir=options.kb_dir, index_dir=options.index_dir, chroma_url=options.chroma_url)


def chat_model(options: AssistOptions) -> ChatModel | None:
    """The chat model from the provider registry, or None for the offline extractive answerer."""
    name = (options.provider or "").strip().lower()
    if name in OFFLINE:
        return None
    from secops.providers.chat import get_chat_model

    return get_chat_model(name, model=options.model)


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def print_answer(console: Console, reply: Answer, *, streamed: bool = False) -> None:
    """The answer as Markdown, then where its citations are written, then any warnings."""
    if not streamed:
        console.print(Markdown(reply.text))
    if reply.citations:
        console.print()
        console.print("Sources:", style="bold")
        for citation in reply.citations:
            console.print(f"  {citation.clause_id}  {citation.title}  ({citation.where})", markup=False, soft_wrap=True)
    for warning in reply.warnings:
        if not warning.startswith("not covered:"):
            console.print(f"warning: {warning}", style="yellow", markup=False)


# --- secops ask ---------------------------------------------------------------------------------------


def run_ask(question: str | None, options: AssistOptions, *, finding: str | None = None, as_json: bool = False) -> int:
    from secops.assist import answer
    from secops.assistant.finding import load_finding

    text = (question or "").strip()
    if not text and not finding:
        raise UsageError("ask a question", hint='secops ask "How should I store passwords?"')
    context = load_finding(finding, results=options.results, root=options.root) if finding else None
    index = open_assistant_index(options)
    model = chat_model(options)
    reply = answer(text or DEFAULT_QUESTION, index, model, finding=context)
    if as_json:
        sys.stdout.write(json.dumps(reply.as_dict(), indent=2) + "\n")
    else:
        print_answer(_console(), reply)
    return int(ExitCode.OK)


# --- secops chat --------------------------------------------------------------------------------------

HELP = "Commands: /sources, /finding FINGERPRINT, /clear, /help, /exit."


class _Streamer:
    """Shows model text as it arrives: live-rendered Markdown on a terminal, raw text elsewhere."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.buffer = ""
        self._live: Live | None = None

    def __enter__(self) -> _Streamer:
        if self.console.is_terminal:
            from rich.live import Live

            live = Live(Markdown(""), console=self.console, refresh_per_second=12, vertical_overflow="visible")
            live.__enter__()
            self._live = live
        return self

    def __call__(self, text: str) -> None:
        self.buffer += text
        if self._live is not None:
            self._live.update(Markdown(self.buffer))
        else:
            self.console.print(text, end="", markup=False, highlight=False)

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.__exit__(None, None, None)
        elif self.buffer and not self.buffer.endswith("\n"):
            self.console.print()


def _show_sources(console: Console, session: ChatSession) -> None:
    last = session.conversation.last
    if last is None:
        console.print("No answer yet: ask a question first.")
        return
    if last.citations:
        console.print("Cited in the last answer:", style="bold")
        for citation in last.citations:
            console.print(f"  {citation.clause_id}  {citation.title}  ({citation.where})", markup=False, soft_wrap=True)
    else:
        console.print("The last answer cites no clause (the standards do not cover that question).")
    cited = {citation.clause_id for citation in last.citations}
    others = [source for source in last.sources if source.clause_id not in cited]
    if others:
        console.print("Also retrieved:" if last.grounded else "Nearest clauses:", style="bold")
        for source in others:
            console.print(f"  {source.clause_id}  {source.title}  ({source.where})", markup=False, soft_wrap=True)


def _command(console: Console, command: Command, session: ChatSession, options: AssistOptions) -> bool:
    """Run a slash command; False when the session should end."""
    from secops.assistant.chat import COMMANDS
    from secops.assistant.finding import load_finding

    if command.name == "/exit":
        return False
    if command.name == "/help":
        for name, what in COMMANDS.items():
            console.print(f"  {name:<22} {what}", markup=False)
        console.print("  Up/Down recall earlier questions; Ctrl-C cancels an answer; Ctrl-D exits.", markup=False)
    elif command.name == "/sources":
        _show_sources(console, session)
    elif command.name == "/clear":
        session.clear()
        console.print("Conversation cleared.")
    elif command.name == "/finding":
        if command.argument.lower() in ("off", "none", "clear"):
            session.finding = None
            console.print("No finding selected.")
        elif not command.argument:
            current = session.finding
            console.print(
                f"Asking about finding {current.fingerprint[:12]}." if current else "Usage: /finding FINGERPRINT",
                markup=False,
            )
        else:
            try:
                session.finding = load_finding(command.argument, results=options.results, root=options.root)
            except SecopsError as exc:
                console.print(exc.render(), markup=False, style="red")
                return True
            console.print(Markdown(session.finding.summary()))
            console.print("Questions now refer to this finding (/finding off to stop).")
    else:
        console.print(f"Unknown command {command.name}. {HELP}", markup=False)
    return True


def run_chat(options: AssistOptions, *, read: Callable[[str], str] = input) -> int:
    """The interactive session: questions, slash commands, history; Ctrl-C cancels, Ctrl-D exits."""
    from secops.assist import answer
    from secops.assistant.chat import ChatSession, InputHistory, history_path, parse_command
    from secops.resources import user_dir

    console = _console()
    index = open_assistant_index(options)
    model = chat_model(options)
    history = InputHistory(history_path(user_dir())).load()
    if sys.stdin.isatty():
        history.attach_readline()
        # Ctrl-C must cancel an answer even when secops was started with SIGINT ignored (a background job).
        signal.signal(signal.SIGINT, signal.default_int_handler)
    session = ChatSession()
    mode = f"model {model.label}" if model is not None else "extractive answers, offline"
    console.print(f"secops chat: answers from the security standards ({mode}).", markup=False)
    console.print("Type a question, /help for commands, Ctrl-D to leave.", markup=False)
    while True:
        try:
            line = read(PROMPT)
        except EOFError:
            console.print()
            break
        except KeyboardInterrupt:
            console.print()
            continue
        line = line.strip()
        if not line:
            continue
        history.add(line)
        command = parse_command(line)
        if command is not None:
            if not _command(console, command, session, options):
                break
            continue
        try:
            streamer = _Streamer(console) if model is not None else None
            if streamer is not None:
                with streamer:
                    reply = answer(
                        line, index, model, session.conversation.turns, finding=session.finding, sink=streamer
                    )
            else:
                reply = answer(line, index, None, session.conversation.turns, finding=session.finding)
        except KeyboardInterrupt:
            console.print("\n(answer cancelled)")
            continue
        except SecopsError as exc:
            console.print(exc.render(), markup=False, style="red")
            continue
        print_answer(console, reply, streamed=streamer is not None and bool(streamer.buffer))
        session.conversation.add(line, reply)
    return int(ExitCode.OK)


# --- secops eval --assistant ----------------------------------------------------------------------------


def run_assistant_eval(options: AssistOptions, *, answers: Path | None = None, as_json: bool = False) -> int:
    from secops.assist import answer
    from secops.assistant.evaluate import evaluate, load_cases, render
    from secops.resources import knowledge_dir

    root = options.kb_dir or knowledge_dir()
    cases = load_cases(answers or Path(root) / "eval" / "answers.yaml")
    index = open_assistant_index(options)
    model = chat_model(options)
    label = model.label if model is not None else "extractive"
    report = evaluate(cases, lambda question: answer(question, index, model), label, index.version)
    sys.stdout.write((json.dumps(report.as_dict(), indent=2) if as_json else render(report)) + "\n")
    return int(ExitCode.OK)
