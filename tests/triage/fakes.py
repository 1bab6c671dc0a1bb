"""Builders for LLM-decider tests: findings in throwaway repos, scripted fake-model replies, a triage run."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from secops.knowledge.interface import KnowledgeIndex
from secops.models import Confidence, Finding, Location, Severity, TriagedFinding
from secops.providers.chat import ChatModel, FakeScript, Reply, fake_chat
from secops.scan.fingerprint import fingerprint
from secops.triage.agent import Limits
from secops.triage.cache import VerdictCache
from secops.triage.llm import LlmDecider, LlmSettings
from secops.triage.memory import Memory
from secops.triage.run import build_context, triage_findings
from tests.helpers import write

VERDICT = "TriageVerdict"


def call(tool: str, /, **args: Any) -> dict[str, Any]:
    """A fake-model reply that calls one tool."""
    return {"tool_calls": [{"name": tool, "args": args}]}


def cite(path: str, line: int, code: str, detail: str = "shown by the code", supports: str = "safe") -> dict[str, Any]:
    return {"path": path, "line": line, "code": code, "detail": detail, "supports": supports}


def verdict(
    value: str,
    justification: str = "judged from the code",
    *,
    confidence: float = 0.9,
    evidence: Sequence[dict[str, Any]] = (),
    clauses: Sequence[str] = (),
) -> dict[str, Any]:
    """A fake-model reply that answers with the structured verdict."""
    return call(
        VERDICT, verdict=value, confidence=confidence, justification=justification, evidence=list(evidence),
        clauses=list(clauses),
    )  # fmt: skip


def make_finding(
    root: Path,
    path: str,
    needle: str,
    *,
    rule_id: str = "python.injection.test-rule",
    family: str = "command-injection",
    severity: Severity = Severity.MEDIUM,
    verdict_basis: str = "dataflow",
    standard: str = "SEC-INJ-3",
    cwe: tuple[str, ...] = ("CWE-78",),
) -> Finding:
    """A finding on the first line of `path` containing `needle` (as Semgrep would report it)."""
    lines = (root / path).read_text(encoding="utf-8").splitlines()
    number = next(n for n, text in enumerate(lines, 1) if needle in text)
    text = lines[number - 1]
    start = text.index(needle) + 1
    return Finding(
        rule_id=rule_id, severity=severity, confidence=Confidence.HIGH, cwe=cwe, owasp=("A03:2021",),
        message=f"{family} at this call", location=Location(path, number, start, number, len(text) + 1),
        snippet=text.strip(), fingerprint=fingerprint(rule_id, path, text), family=family, standard=standard,
        verdict_basis=verdict_basis,
    )  # fmt: skip


@dataclass
class Run:
    triaged: list[TriagedFinding]
    decider: LlmDecider
    script: FakeScript


def run_llm(
    root: Path,
    findings: Iterable[Finding],
    script: FakeScript,
    *,
    index: KnowledgeIndex | None = None,
    memory: Memory | None = None,
    chat: ChatModel | None = None,
    cache: VerdictCache | None = None,
    rules_version: str = "rules-1",
    **settings: Any,
) -> Run:
    """Triage `findings` in `root` with the LLM decider on `script` (or `chat`), guardrails included."""
    settings.setdefault("concurrency", 1)
    settings.setdefault("limits", Limits(backoff=0.0))
    ctx = build_context(root, index)
    memory = memory or Memory.load(root)
    decider = LlmDecider(
        chat or fake_chat(script=script), LlmSettings(provider="fake", **settings), ctx, memory,
        rules_version=rules_version, cache=cache, sleep=lambda _seconds: None,
    )  # fmt: skip
    triaged = triage_findings(list(findings), ctx, memory, decide_all=decider.decide_all)
    return Run(triaged, decider, script)


def repo(root: Path, files: dict[str, str]) -> Path:
    write(root, dict(files))
    return root


def replies(*items: Reply) -> FakeScript:
    return FakeScript(list(items))


# --- loopback stub servers for the real provider clients ----------------------------------------------


class StubServer:
    """An HTTP server on 127.0.0.1 replaying `replies` (a JSON body, or an int HTTP status) and recording bodies."""

    def __init__(self, replies: Iterable[dict[str, Any] | int], render: Any) -> None:
        self.replies = list(replies)
        self.bodies: list[str] = []
        self.paths: list[str] = []
        self._render = render
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length).decode("utf-8")
                stub.bodies.append(body)
                stub.paths.append(self.path)
                reply = stub.replies.pop(0) if stub.replies else 500
                status, payload = (
                    (reply, {"error": {"message": "stub says no", "type": "stub"}})
                    if isinstance(reply, int)
                    else (200, stub._render(reply, json.loads(body)))
                )
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def requests(self) -> list[dict[str, Any]]:
        return [json.loads(body) for body in self.bodies]


def _tool_calls(reply: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"name": c["name"], "args": c.get("args", {})} for c in reply.get("tool_calls", [])]


def openai_completion(reply: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """A /v1/chat/completions response for a fake-model style reply (content and tool calls)."""
    calls = [
        {"id": f"call_{n}", "type": "function", "function": {"name": c["name"], "arguments": json.dumps(c["args"])}}
        for n, c in enumerate(_tool_calls(reply))
    ]
    message: dict[str, Any] = {"role": "assistant", "content": reply.get("content") or None}
    if calls:
        message["tool_calls"] = calls
    return {
        "id": "chatcmpl-stub", "object": "chat.completion", "created": 0, "model": request.get("model", "stub"),
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }  # fmt: skip


def ollama_chat_response(reply: dict[str, Any], request: dict[str, Any]) -> bytes:
    """One NDJSON line of /api/chat (streamed or not, the client reads it the same way)."""
    calls = [{"function": {"name": c["name"], "arguments": c["args"]}} for c in _tool_calls(reply)]
    line = {
        "model": request.get("model", "stub"), "created_at": "2026-01-01T00:00:00Z",
        "message": {"role": "assistant", "content": reply.get("content", ""), "tool_calls": calls},
        "done": True, "done_reason": "stop", "prompt_eval_count": 100, "eval_count": 20,
    }  # fmt: skip
    return (json.dumps(line) + "\n").encode()
