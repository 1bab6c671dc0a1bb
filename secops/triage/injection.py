"""Code under scan is data. Detect text in it that tries to instruct a reviewer or a model."""

from __future__ import annotations

import re

_INSTRUCTIONS = re.compile(
    r"(?ix)"
    r"(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+)?(previous|prior|above|earlier|system)?\s*"
    r"(instructions|rules|prompts?|guidelines|findings?)"
    r"|(mark|classify|treat|flag|report|label|consider)\s+(this|it|the\s+finding|this\s+finding|this\s+code|this\s+line)?"
    r"\s*(as\s+)?(safe|benign|a\s+false[\s-]positive|false[\s-]positive|not\s+(a\s+)?vulnerab\w*)"
    r"|(security|appsec|sec)[\s-]*(review|team|audit)\w*\s*[:\-]?\s*(has\s+)?(approved|signed[\s-]off|cleared|accepted)"
    r"|\b(SECREVIEW|SECREV|APPSEC|SECURITY|SEC)-\d{2,}\b.{0,40}\b(approved|accepted|cleared|waived)"
    r"|\b(you\s+are\s+(now\s+)?(an?\s+)?(ai|assistant|language\s+model|security\s+bot))"
    r"|\b(system\s+prompt|new\s+instructions|assistant\s*:|as\s+an\s+ai)"
    r"|\b(this\s+is\s+(a\s+)?false[\s-]positive|no\s+need\s+to\s+(report|flag)|do\s+not\s+(report|flag))"
    r"|\b(verdict|classification)\s*[:=]\s*(false_positive|safe|benign)"
)


def suspicious_lines(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """1-based (line, text) pairs in start..end whose text reads like instructions to a reviewer."""
    found = []
    for number in range(max(start, 1), min(end, len(lines)) + 1):
        text = lines[number - 1]
        if _INSTRUCTIONS.search(text):
            found.append((number, text.strip()[:160]))
    return found
