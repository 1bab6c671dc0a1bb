"""Suppressions are records, never deletions: inline comments, policy exceptions and baselines."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from secops.models import Finding, ScanWarning, Suppression, SuppressionKind
from secops.policy import PolicyException

# `nosemgrep`, `nosemgrep: rule-a, rule-b`; `secops: ignore[rule-a] -- reason`
_NOSEMGREP = re.compile(r"\bnosemgrep\b(?:\s*:\s*(?P<ids>[\w.\-*,\s]+))?", re.IGNORECASE)
_SECOPS_IGNORE = re.compile(r"\bsecops:\s*ignore\[(?P<ids>[^\]]*)\](?:\s*--\s*(?P<reason>.*\S))?")


_COMMENT_STARTS = ("#", "//", "/*", "*", "--", "<!--")


@dataclass(frozen=True)
class InlineDirective:
    ids: tuple[str, ...]  # empty: every rule
    reason: str
    style: str  # nosemgrep | secops
    line: int


def _ids(text: str | None) -> tuple[str, ...]:
    return tuple(i.strip() for i in (text or "").split(",") if i.strip())


def directives_on(line_text: str, number: int) -> list[InlineDirective]:
    found: list[InlineDirective] = []
    if match := _SECOPS_IGNORE.search(line_text):
        reason = (match.group("reason") or "").strip()
        found.append(InlineDirective(_ids(match.group("ids")), reason, "secops", number))
    elif match := _NOSEMGREP.search(line_text):
        found.append(InlineDirective(_ids(match.group("ids")), "", "nosemgrep", number))
    return found


def _covers(directive: InlineDirective, rule_id: str) -> bool:
    if not directive.ids:
        return True
    return any(rule_id == i or rule_id.endswith("." + i) or fnmatch.fnmatchcase(rule_id, i) for i in directive.ids)


def inline_suppression(finding: Finding, lines: Sequence[str]) -> tuple[Suppression | None, ScanWarning | None]:
    """Look for a directive on the finding's first line or the line above it."""
    start = finding.location.start_line
    for number in (start, start - 1):
        if not 1 <= number <= len(lines):
            continue
        if number != start and not lines[number - 1].lstrip().startswith(_COMMENT_STARTS):
            continue  # a trailing comment on the previous statement belongs to that statement
        for directive in directives_on(lines[number - 1], number):
            if not _covers(directive, finding.rule_id):
                continue
            where = f"{finding.location.path}:{number}"
            if directive.style == "secops" and not directive.reason:
                warning = ScanWarning(
                    "bare-ignore",
                    f"`secops: ignore[...]` without a reason does not suppress {finding.rule_id}; "
                    "add ` -- <why this is safe>`",
                    finding.location.path,
                    number,
                )
                return None, warning
            if directive.style == "nosemgrep":
                justification = "inline nosemgrep comment (no reason given)"
            else:
                justification = directive.reason
            return Suppression(SuppressionKind.INLINE, justification, reference=where), None
    return None, None


def policy_suppression(
    finding: Finding, exceptions: Sequence[PolicyException], expired: Sequence[PolicyException], today: date
) -> tuple[Suppression | None, ScanWarning | None]:
    path, rule = finding.location.path, finding.rule_id
    for exc in exceptions:
        if exc.matches(rule, path):
            return (
                Suppression(
                    SuppressionKind.POLICY,
                    exc.reason,
                    who=exc.owner,
                    when=today.isoformat(),
                    expires=exc.expires,
                    reference=exc.id or exc.rule,
                ),
                None,
            )
    for exc in expired:
        if exc.matches(rule, path):
            message = (
                f"exception {exc.id or exc.rule} (owner {exc.owner}) expired on {exc.expires}: "
                f"{rule} is reported again; renew it through the exception process or fix the code"
            )
            return None, ScanWarning("expired-exception", message, path, finding.location.start_line)
    return None, None
