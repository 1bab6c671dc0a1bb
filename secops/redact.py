"""Secrets never leave the machine: redact them from any text before it goes to a provider."""

from __future__ import annotations

import math
import re
from collections import Counter

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "private-key",
        re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z)", re.S),
    ),
    ("aws-access-key-id", re.compile(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b")),
    ("github-token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})\b")),
    ("slack-token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("stripe-key", re.compile(r"\b[rs]k_live_[A-Za-z0-9]{16,}\b")),
    ("google-api-key", re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b")),
    ("bearer-token", re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/-]{20,}=*")),
)
# scheme://user:password@host — keep the user and host, drop the password.
_URL_CREDENTIALS = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)(?P<secret>[^\s@/]+)(?P<tail>@)", re.I)
# secret_name = "value" / secret_name: value / SECRET_NAME=value, in most languages' syntax.
_ASSIGNMENT = re.compile(
    r"(?i)(?P<name>[\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|"
    r"client[_-]?secret|credential|auth)[\w.-]*)(?P<sep>\s*[:=]\s*|\s*=>\s*|\"\s*:\s*)(?P<quote>[\"'`]?)"
    r"(?P<value>[^\s\"'`,;)]{6,})(?P=quote)"
)
_ENTROPY_TOKEN = re.compile(r"[A-Za-z0-9+/=_\-]{32,}")


def shannon_entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values()) if text else 0.0


def _placeholder(value: str) -> bool:
    lowered = value.lower()
    return (
        lowered in ("changeme", "password", "secret", "none", "null", "true", "false", "example", "redacted")
        or lowered.startswith(("os.", "process.env", "env.", "${", "{{", "<", "getenv", "config", "settings"))
        or len(set(value)) <= 2
    )


def redact(text: str) -> str:
    """Replace credentials with [REDACTED:<kind>]; keeps the surrounding code readable."""
    for kind, pattern in _PATTERNS:
        text = pattern.sub(f"[REDACTED:{kind}]", text)
    text = _URL_CREDENTIALS.sub(lambda m: f"{m.group('head')}[REDACTED:url-password]{m.group('tail')}", text)

    def assignment(match: re.Match[str]) -> str:
        value = match.group("value")
        if _placeholder(value) or value.startswith("[REDACTED"):
            return match.group(0)
        return f"{match.group('name')}{match.group('sep')}{match.group('quote')}[REDACTED:secret]{match.group('quote')}"

    text = _ASSIGNMENT.sub(assignment, text)

    def entropy(match: re.Match[str]) -> str:
        token = match.group(0)
        mixed = sum(bool(re.search(p, token)) for p in ("[a-z]", "[A-Z]", "[0-9]")) >= 3
        return "[REDACTED:high-entropy]" if mixed and shannon_entropy(token) >= 4.0 else token

    return _ENTROPY_TOKEN.sub(entropy, text)
