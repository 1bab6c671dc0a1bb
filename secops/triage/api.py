"""API-decided families: only a marked non-security use makes the call safe, never the data flowing into it."""

from __future__ import annotations

import re

from secops.models import Evidence, Finding

# (family, pattern over the flagged code, why it is not a security use, clause)
_NON_SECURITY_USES: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("weak-hash", re.compile(r"usedforsecurity\s*=\s*False"),
     "the call is marked usedforsecurity=False: a non-security use", "SEC-CRYPTO-1"),
    ("insecure-cookie", re.compile(
        r"""set_cookie\(\s*['"][^'"]+['"]\s*,\s*(?:''|""|None)\s*,.*\b(?:expires|max_age)\s*=\s*0\b""", re.S),
     "the cookie is being deleted (empty value, expires now): no session value travels in it", "SEC-AUTH-3"),
    ("insecure-cookie", re.compile(r"\b(?:delete_cookie|clearCookie)\("),
     "the call deletes the cookie: no session value travels in it", "SEC-AUTH-3"),
)  # fmt: skip


def non_security_use(finding: Finding) -> list[Evidence]:
    loc = finding.location
    code = finding.snippet.strip()
    return [
        Evidence(
            "api", f"{why} ({clause})", loc.path, loc.start_line, "safe", code.splitlines()[0][:200] if code else ""
        )
        for family, pattern, why, clause in _NON_SECURITY_USES
        if family == finding.family and pattern.search(finding.snippet)
    ][:1]
