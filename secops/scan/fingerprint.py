"""Line-independent fingerprints: they survive code moving, and change when the flagged code changes."""

from __future__ import annotations

import hashlib
import re

_SPACE = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r"\s*([^\w\s])\s*")


def normalise(code: str) -> str:
    """Drop layout whitespace so re-indentation and reflowing do not change identity."""
    return _AROUND_PUNCTUATION.sub(r"\1", _SPACE.sub(" ", code)).strip()


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode("utf-8")).hexdigest()[:16]


def fingerprint(rule_id: str, path: str, code: str, occurrence: int = 0) -> str:
    """Identity of a finding: rule, file and flagged code (plus which identical occurrence), never the line."""
    text = "\x1f".join((rule_id, path, normalise(code), str(occurrence)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
