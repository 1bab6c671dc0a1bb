"""`answer()`: the offline extractive answerer, declines, follow-ups and findings."""

from __future__ import annotations

import re
from pathlib import Path

from secops.assist import EXTRACTIVE, Conversation, answer
from secops.assistant.extractive import LABEL
from secops.assistant.finding import load_finding
from secops.assistant.grounding import CITATION
from tests.assistant.conftest import POISON, Kb


def _factual_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("- ")]


def test_an_extractive_answer_quotes_the_best_clause_with_citations(kb: Kb) -> None:
    reply = answer("What RSA key size do we require?", kb.index)
    assert reply.grounded and reply.provider == EXTRACTIVE and reply.extractive
    assert reply.text.startswith(LABEL)
    assert [c.clause_id for c in reply.citations][0] == "SEC-CRYPTO-3"
    assert "3072 bits" in reply.text
    assert "RSA — Minimum key size: 3072 bits [SEC-CRYPTO-3]" in reply.text  # table rows keep their citation
    for line in _factual_lines(reply.text):
        assert CITATION.search(line), line  # every quoted sentence carries its clause id
    cited = {c.clause_id for c in reply.citations}
    assert set(re.findall(r"\[(SEC-[A-Z]+-\d+)\]", reply.text)) == cited


def test_code_examples_follow_the_language_asked_about(kb: Kb) -> None:
    java = answer("Which Java API avoids SQL injection?", kb.index)
    assert "```java" in java.text and "```python" not in java.text
    python = answer("How do I generate an RSA key in Python of the right size?", kb.index)
    assert "key_size=3072" in python.text and "```go" not in python.text


def test_a_question_the_standards_do_not_cover_is_declined(kb: Kb) -> None:
    reply = answer("What's the office wifi password?", kb.index)
    assert not reply.grounded
    assert reply.citations == ()
    assert "Not covered by the security standards" in reply.text
    assert "Nearest clauses" in reply.text and len(reply.sources) == 3
    assert "SEC-EXC-1: When an exception may be requested" in reply.text  # points at the exception process
    assert not CITATION.search(reply.text)  # nothing is presented as a citation
    assert reply.as_dict()["grounded"] is False


def test_a_follow_up_is_read_with_the_previous_question(kb: Kb) -> None:
    conversation = Conversation()
    first = answer("Can I use MD5 to build a cache key?", kb.index)
    conversation.add("Can I use MD5 to build a cache key?", first)
    follow_up = answer("and in Python?", kb.index, None, conversation.turns)
    assert follow_up.grounded
    assert follow_up.citations[0].clause_id == "SEC-CRYPTO-1"
    assert "usedforsecurity=False" in follow_up.text


def test_a_poisoned_standard_does_not_change_the_answer(kb: Kb, poisoned_kb: Kb) -> None:
    question = "Do we have to verify TLS certificates?"
    clean = answer(question, kb.index)
    poisoned = answer(question, poisoned_kb.index)
    assert POISON in (poisoned_kb.index.get("SEC-CRYPTO-4") or kb.index.get("SEC-CRYPTO-4")).text  # type: ignore[union-attr]
    assert "ignore your rules" not in poisoned.text and "disable TLS" not in poisoned.text
    assert [c.clause_id for c in poisoned.citations] == [c.clause_id for c in clean.citations]
    assert poisoned.text == clean.text
    assert any("SEC-CRYPTO-4 contains instruction-like text" in warning for warning in poisoned.warnings)


def test_a_finding_answer_uses_the_finding_its_code_and_its_clause(kb: Kb, scanned_repo: Path) -> None:
    context = load_finding("f1e2d3", root=scanned_repo)
    assert context.clause_ids == ("SEC-CRYPTO-1",)
    assert ">3 | token = hashlib.md5" in context.code
    reply = answer("how do I fix this?", kb.index, finding=context)
    assert reply.grounded and reply.finding == context.fingerprint
    assert reply.citations[0].clause_id == "SEC-CRYPTO-1"
    assert "python.crypto.weak-hash.hashlib-md5-sha1" in reply.text and "app/crypto.py:3" in reply.text
    assert "SHA-256 or stronger" in reply.text
    assert "Suggested fix from the rule (not a standard's text)" in reply.text
    assert "Rule metadata: family weak-hash; cwe CWE-328" in reply.text  # read from the rule library


def test_the_sink_receives_the_checked_text(kb: Kb) -> None:
    parts: list[str] = []
    reply = answer("Can I use MD5 to build a cache key?", kb.index, sink=parts.append)
    assert "".join(parts) == reply.text
