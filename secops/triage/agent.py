"""The LLM triage agent: LangChain `create_agent`, read-only repository tools, a structured verdict.

The only module of `secops.triage` that imports LangChain (lazily, inside `run_agent`). One guard
middleware wraps every model call and tool call: it redacts every message before it leaves, counts
calls against the shared budget and the per-finding step bound, retries throttling with backoff, and
records the tool transcript and what the model was shown.
"""

from __future__ import annotations

import json
import os
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from secops._subprocess import CommandError, run
from secops.errors import KnowledgeError, ScanError
from secops.knowledge.interface import KnowledgeIndex, normalize_language
from secops.providers.chat import ChatModel, is_throttle
from secops.redact import redact
from secops.rules.library import language_of
from secops.triage.memory import Memory
from secops.triage.prompts import SYSTEM_PROMPT, Prompt, Scrub, Scrubber, TriageVerdict, data, numbered

if TYPE_CHECKING:
    from langchain_core.messages import AnyMessage, BaseMessage, SystemMessage

MAX_FILE_BYTES = 1_000_000
MAX_FILES = 5000
SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".secops", ".venv", "venv", "node_modules", "__pycache__", "dist"})
SEMGREP_LANGUAGES = frozenset({"python", "javascript", "typescript", "java", "go", "terraform", "yaml", "json"})
CODE_TOOLS = frozenset({"read_code", "find_symbol", "semgrep_pattern"})  # results are repository text
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*){0,4}")
_ANY_DEFINITION = re.compile(
    r"^\s*(export\s+)?(async\s+)?(def|func|function|class)\s"
    r"|^\s*(public|private|protected|static|final|\s)+[\w<>\[\],.]+\s+\w+\s*\([^;]*$"
)


class AgentError(Exception):
    """The agent ended without a verdict (budget, step bound, or no structured answer)."""


class BudgetExhausted(AgentError):
    pass


class StepLimitReached(AgentError):
    pass


class Budget:
    """Model calls and tokens for the whole run, shared by the worker threads."""

    def __init__(self, max_calls: int, max_tokens: int = 0) -> None:
        self.max_calls = max_calls
        self.max_tokens = max_tokens  # 0: no token limit
        self.calls = 0
        self.tokens = 0
        self._lock = threading.Lock()

    @property
    def exhausted(self) -> bool:
        return self.calls >= self.max_calls or bool(self.max_tokens and self.tokens >= self.max_tokens)

    def describe(self) -> str:
        spent = f"{self.calls}/{self.max_calls} calls"
        return f"{spent}, {self.tokens}/{self.max_tokens} tokens" if self.max_tokens else spent

    def acquire(self) -> None:
        with self._lock:
            if self.exhausted:
                raise BudgetExhausted(f"LLM budget exhausted ({self.describe()})")
            self.calls += 1

    def record(self, tokens: int) -> None:
        with self._lock:
            self.tokens += tokens


@dataclass(frozen=True)
class Limits:
    max_steps: int = 8  # model calls per finding
    max_tool_calls: int = 12  # per finding
    max_semgrep_runs: int = 2  # per finding
    max_retries: int = 4  # per model call, on throttling
    backoff: float = 2.0  # seconds before the first retry; doubles, with jitter, capped at 30


@dataclass(frozen=True)
class ToolCall:
    name: str
    args: dict[str, Any]
    result_chars: int


@dataclass
class Session:
    """One finding's agent run: the tool transcript, and the untrusted text the model was shown."""

    transcript: list[ToolCall] = field(default_factory=list)
    model_calls: int = 0
    tokens: int = 0
    code_seen: list[str] = field(default_factory=list)
    prose_seen: list[str] = field(default_factory=list)
    semgrep_runs: int = 0


class Toolbox:
    """Read-only look-ups over the repository, the standards and human verdicts. Results are redacted DATA."""

    def __init__(
        self, root: Path, index: Callable[[], KnowledgeIndex | None], memory: Memory, scrub: Scrub = redact
    ) -> None:
        self.root = root.resolve()
        self.scrub = scrub
        self._index = index
        self._memory = memory
        self._files: list[str] | None = None
        self._lock = threading.Lock()

    def _resolve(self, path: str) -> Path | str:
        """The file inside the repository, or a refusal (absolute paths elsewhere, `..`, symlinks out)."""
        candidate = Path(path.strip())
        full = (candidate if candidate.is_absolute() else self.root / candidate).resolve()
        if not full.is_relative_to(self.root) or set(full.relative_to(self.root).parts) & {".git"}:
            return f"refused: {path!r} is outside the repository"
        if not full.is_file():
            return f"no file {path!r} in the repository"
        if full.stat().st_size > MAX_FILE_BYTES:
            return f"{path!r} is too large to read"
        return full

    def read_code(self, path: str, line: int, context: int = 20) -> str:
        full = self._resolve(path)
        if isinstance(full, str):
            return full
        text = full.read_text(encoding="utf-8", errors="replace")
        if isinstance(self.scrub, Scrubber):
            self.scrub.learn(text)
        lines = text.splitlines()
        context = max(0, min(context, 60))
        line = max(1, min(line, len(lines) or 1))
        start, end = max(1, line - context), min(len(lines), line + context)
        rel = full.relative_to(self.root).as_posix()
        window = numbered(lines[start - 1 : end], start, range(line, line + 1))
        return data("code", window, f"{rel}:{start}-{end}", self.scrub)

    def source_files(self) -> list[str]:
        with self._lock:
            if self._files is None:
                self._files = list(self._walk())
            return self._files

    def _walk(self) -> Iterator[str]:
        count = 0
        for directory, dirs, names in os.walk(self.root):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in sorted(names):
                rel = (Path(directory) / name).relative_to(self.root).as_posix()
                if language_of(rel) is not None and count < MAX_FILES:
                    count += 1
                    yield rel

    def find_symbol(self, name: str) -> str:
        if not _IDENTIFIER.fullmatch(name.strip()):
            return "give a plain identifier such as `sanitize` or `utils.sanitize`"
        short = re.escape(name.strip().rsplit(".", 1)[-1])
        define = re.compile(
            rf"\b(def|class|func|function|fn|type|interface|struct|enum|record)\s+(\([^)]*\)\s*)?{short}\b"
            rf"|\b(const|let|var)\s+{short}\s*=|\b{short}\s*(=|:=)\s*(function\b|async\b|lambda\b|\()"
            rf"|\b[\w<>\[\],.]+\s+{short}\s*\([^;]*\)\s*(throws\s+[\w.,\s]+)?\{{"
        )
        call = re.compile(rf"(?<![\w$]){short}\s*\(")
        definitions: list[str] = []
        calls: list[str] = []
        for rel in self.source_files():
            try:
                text = (self.root / rel).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if name.strip().rsplit(".", 1)[-1] not in text:
                continue
            enclosing = ""
            for number, line in enumerate(text.splitlines(), 1):
                where = f"{rel}:{number}: {line.strip()[:200]}"
                if define.search(line):
                    definitions.append(where)
                elif call.search(line):
                    calls.append(f"{where}   (in: {enclosing[:120]})" if enclosing else where)
                if _ANY_DEFINITION.search(line):
                    enclosing = line.strip()
        body = "definitions:\n" + ("\n".join(definitions[:20]) or "(none found)")
        body += "\ncalls and references:\n" + ("\n".join(calls[:40]) or "(none found)")
        if len(definitions) > 20 or len(calls) > 40:
            body += f"\n({len(definitions)} definitions, {len(calls)} calls in all; showing the first)"
        return data("search", body, name, self.scrub)

    def search_standards(self, query: str) -> str:
        index = self._index()
        if index is None:
            return "no knowledge index is available in this run"
        try:
            hits = index.search(query[:300], k=5)
        except KnowledgeError as exc:
            return f"the knowledge index could not answer: {exc.message}"
        parts = [
            f"{hit.clause.clause_id}: {hit.clause.title} ({hit.clause.standard_title}, {hit.clause.where})\n"
            f"{hit.clause.text.strip()[:1200]}"
            for hit in hits
        ]
        return data("standard", "\n\n".join(parts) or "(no matching clause)", query[:80], self.scrub)

    def search_memory(self, query: str) -> str:
        words = set(re.findall(r"[\w.-]{3,}", query.lower()))
        scored = []
        for entry in self._memory.entries.values():
            text = f"{entry.rule_id} {entry.path} {entry.verdict} {entry.reason}".lower()
            score = sum(word in text for word in words)
            if score:
                scored.append((-score, entry.fingerprint, entry))
        lines = [
            f"{e.verdict} by {e.author} on {e.date} for {e.rule_id} at {e.path}: {e.reason}"
            for _, _, e in sorted(scored)[:8]
        ]
        return data("memory", "\n".join(lines) or "(no recorded human verdict matches)", query[:80], self.scrub)

    def semgrep_pattern(self, pattern: str, language: str) -> str:
        from secops.scan.semgrep import semgrep_binary

        lang = normalize_language(language)
        if lang not in SEMGREP_LANGUAGES:
            return f"language must be one of {', '.join(sorted(SEMGREP_LANGUAGES))}"
        if not pattern.strip() or len(pattern) > 1000 or pattern.lstrip().startswith("-"):
            return "give one Semgrep pattern (at most 1000 characters)"
        try:
            argv = [
                semgrep_binary(), "scan", "--experimental", "--metrics=off", "--disable-version-check", "--json",
                "--quiet", "--timeout", "10", "--max-target-bytes", str(MAX_FILE_BYTES), "-e", pattern, "--lang", lang,
                ".",
            ]  # fmt: skip
            done = run(argv, cwd=self.root, env={"SEMGREP_ENABLE_VERSION_CHECK": "0"}, timeout=120)
            payload = json.loads(done.stdout or "{}")
        except (CommandError, ScanError, ValueError) as exc:
            return f"semgrep could not run: {str(exc).splitlines()[0][:300]}"
        errors = [str(e.get("message", ""))[:200] for e in payload.get("errors", []) if isinstance(e, dict)]
        results = [r for r in payload.get("results", []) if isinstance(r, dict)]
        lines = [self._match_line(r) for r in results[:25]]
        body = "\n".join(lines) or "(no matches)"
        if len(results) > 25:
            body += f"\n({len(results)} matches in all; showing the first 25)"
        if errors and not results:
            body += "\nerrors: " + "; ".join(errors[:3])
        return data("semgrep", body, f"{lang}: {pattern[:60]}", self.scrub)

    def _match_line(self, result: dict[str, Any]) -> str:
        path = str(result.get("path", ""))
        line = int(result.get("start", {}).get("line", 0) or 0)
        full = self._resolve(path)
        text = ""
        if not isinstance(full, str) and line:
            lines = full.read_text(encoding="utf-8", errors="replace").splitlines()
            text = lines[line - 1].strip()[:200] if line <= len(lines) else ""
        return f"{path}:{line}: {text}"


def _backoff(attempt: int, base: float) -> float:
    return float(min(base * 2**attempt, 30.0) * (0.5 + random.random() / 2))


def _redacted(message: BaseMessage, scrub: Scrub) -> BaseMessage:
    content = message.content
    if isinstance(content, str):
        return message.model_copy(update={"content": scrub(content)})
    blocks = [
        {**block, "text": scrub(str(block["text"]))} if isinstance(block, dict) and "text" in block else block
        for block in content
    ]
    return message.model_copy(update={"content": blocks})


def _usage(messages: Sequence[BaseMessage]) -> int:
    total = 0
    for message in messages:
        usage = getattr(message, "usage_metadata", None)
        if usage:
            total += int(usage.get("total_tokens") or usage.get("input_tokens", 0) + usage.get("output_tokens", 0))
    return total


def _guard(session: Session, budget: Budget, limits: Limits, sleep: Callable[[float], None], scrub: Scrub) -> Any:
    from langchain.agents.middleware import AgentMiddleware, ModelRequest, ModelResponse
    from langchain_core.messages import ToolMessage
    from langgraph.prebuilt.tool_node import ToolCallRequest

    class Guard(AgentMiddleware):
        def wrap_model_call(
            self, request: ModelRequest[Any], handler: Callable[[ModelRequest[Any]], ModelResponse[Any]]
        ) -> ModelResponse[Any]:
            session.model_calls += 1
            if session.model_calls > limits.max_steps:
                raise StepLimitReached(f"no verdict within {limits.max_steps} model calls")
            system = request.system_message
            request = request.override(
                messages=[cast("AnyMessage", _redacted(m, scrub)) for m in request.messages],
                system_message=cast("SystemMessage", _redacted(system, scrub)) if system is not None else None,
            )
            for attempt in range(limits.max_retries + 1):
                budget.acquire()
                try:
                    response = handler(request)
                except Exception as exc:
                    if not is_throttle(exc) or attempt == limits.max_retries:
                        raise
                    sleep(_backoff(attempt, limits.backoff))
                    continue
                tokens = _usage(response.result)
                session.tokens += tokens
                budget.record(tokens)
                return response
            raise AssertionError("unreachable")  # pragma: no cover

        def wrap_tool_call(self, request: ToolCallRequest, handler: Callable[[ToolCallRequest], Any]) -> Any:
            call = request.tool_call
            if len(session.transcript) >= limits.max_tool_calls:
                text = "tool budget for this finding is used up: decide now with TriageVerdict"
                return ToolMessage(content=text, tool_call_id=call["id"], name=call["name"])
            result = handler(request)
            content = scrub(str(getattr(result, "content", "")))
            if isinstance(result, ToolMessage):
                result = result.model_copy(update={"content": content})
            session.transcript.append(ToolCall(call["name"], dict(call["args"]), len(content)))
            (session.code_seen if call["name"] in CODE_TOOLS else session.prose_seen).append(content)
            return result

    return Guard()


def _tools(box: Toolbox, session: Session, limits: Limits) -> list[Any]:
    from langchain_core.tools import StructuredTool

    def read_code(path: str, line: int, context: int = 20) -> str:
        """Numbered source lines around a repo-relative path:line (context lines before and after, max 60)."""
        return box.read_code(path, line, context)

    def find_symbol(name: str) -> str:
        """Definitions of a function, class, method or variable, and the lines that call or use it."""
        return box.find_symbol(name)

    def search_standards(query: str) -> str:
        """Search the organisation's security standards; returns matching clauses with their ids."""
        return box.search_standards(query)

    def search_memory(query: str) -> str:
        """Search past human triage verdicts (rule id, path or words of the reason)."""
        return box.search_memory(query)

    def semgrep_pattern(pattern: str, language: str) -> str:
        """Run one Semgrep pattern (e.g. `sanitize(...)`) over the repository; returns path:line matches."""
        if session.semgrep_runs >= limits.max_semgrep_runs:
            return f"at most {limits.max_semgrep_runs} Semgrep runs per finding"
        session.semgrep_runs += 1
        return box.semgrep_pattern(pattern, language)

    functions = (read_code, find_symbol, search_standards, search_memory, semgrep_pattern)
    return [StructuredTool.from_function(function) for function in functions]


def run_agent(
    chat: ChatModel,
    prompt: Prompt,
    box: Toolbox,
    budget: Budget,
    limits: Limits,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[TriageVerdict, Session]:
    """Let the model investigate one finding and answer with a `TriageVerdict`. Raises on any failure."""
    from langchain.agents import create_agent
    from langchain.agents.structured_output import ToolStrategy
    from langchain_core.messages import HumanMessage
    from langgraph.errors import GraphRecursionError
    from langsmith import tracing_context

    session = Session()
    agent = create_agent(
        chat.chat,
        _tools(box, session, limits),
        system_prompt=SYSTEM_PROMPT,
        response_format=ToolStrategy(TriageVerdict, handle_errors=True),
        middleware=[_guard(session, budget, limits, sleep, box.scrub)],
    )
    # LangSmith tracing would ship the (redacted) code to a third party: only when asked for explicitly.
    try:
        with tracing_context(enabled=os.environ.get("SECOPS_LLM_TRACING") == "1"):
            state = agent.invoke(
                {"messages": [HumanMessage(content=prompt.text)]},
                config={"recursion_limit": 2 * limits.max_steps + 4},
            )
    except GraphRecursionError as exc:
        raise StepLimitReached(f"no verdict within {limits.max_steps} model calls") from exc
    verdict = state.get("structured_response")
    if not isinstance(verdict, TriageVerdict):
        raise AgentError("the model ended without a TriageVerdict")
    return verdict, session
