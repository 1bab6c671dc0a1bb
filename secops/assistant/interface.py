"""What the assistant returns: an answer, the clauses it cites, and what it looked at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from secops.knowledge.interface import Clause

EXTRACTIVE = "extractive"
"""The provider label of the offline answerer (no language model)."""

TextSink = Callable[[str], None]
"""Receives answer text as it is produced (already validated): the chat REPL streams it to the terminal."""


@dataclass(frozen=True)
class Citation:
    """A clause an answer cites or consulted, as the reader needs it: id, title and where it is written."""

    clause_id: str
    title: str
    path: str
    line: int

    @classmethod
    def of(cls, clause: Clause) -> Citation:
        return cls(clause.clause_id, clause.title, clause.path, clause.line)

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def as_dict(self) -> dict[str, Any]:
        return {"clause_id": self.clause_id, "title": self.title, "path": self.path, "line": self.line,
                "where": self.where}  # fmt: skip


@dataclass(frozen=True)
class Answer:
    """One reply. `grounded` is false when the standards do not cover the question (then nothing is cited)."""

    text: str  # Markdown; every factual sentence ends with a [SEC-X-n] citation
    citations: tuple[Citation, ...]  # the clauses cited in `text`, validated against the index, in order
    grounded: bool
    provider: str  # "extractive", or the chat model label ("bedrock:<model id>")
    sources: tuple[Citation, ...] = ()  # every clause behind the answer (retrieved, or the nearest on a decline)
    removed: tuple[str, ...] = ()  # citation ids the model wrote that are not in the index (removed from `text`)
    warnings: tuple[str, ...] = ()  # e.g. a clause with instruction-like text that was treated as data
    question: str = ""
    finding: str = ""  # the fingerprint of the finding the answer is about, if any

    @property
    def extractive(self) -> bool:
        return self.provider == EXTRACTIVE

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "citations": [citation.as_dict() for citation in self.citations],
            "provider": self.provider,
            "grounded": self.grounded,
            "sources": [source.as_dict() for source in self.sources],
            "removed_citations": list(self.removed),
            "warnings": list(self.warnings),
            "finding": self.finding or None,
        }


@dataclass(frozen=True)
class Turn:
    """One exchange of a chat session (the assistant's context for follow-up questions)."""

    question: str
    answer: Answer


@dataclass
class Conversation:
    """A chat session's state: its turns and the finding it is about. The REPL owns one."""

    turns: list[Turn] = field(default_factory=list)
    max_turns: int = 20

    def add(self, question: str, answer: Answer) -> None:
        self.turns.append(Turn(question, answer))
        del self.turns[: -self.max_turns]

    def clear(self) -> None:
        self.turns.clear()

    @property
    def last(self) -> Answer | None:
        return self.turns[-1].answer if self.turns else None
