"""Human verdicts from GitHub: `/secops fp|accept` replies in a PR, and dismissed code-scanning alerts.

Both end in triage memory (`.secops/triage.yaml`, `source: github`) through `Memory.mark`; only people with
write access to the repository are heard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from secops.integrations.github_client import WRITE_ROLES, GitHubClient
from secops.integrations.github_event import GitHubContext
from secops.integrations.github_pr import (
    RecordedVerdict,
    SummaryState,
    find_summary,
    finding_marker,
    replace_verdicts,
)
from secops.models import Finding, Verdict
from secops.report.json_report import load_document
from secops.report.sarif import FINGERPRINT_KEY
from secops.triage.memory import Memory

_COMMAND = re.compile(r"\A\s*/secops(?![\w-])(?:\s+(\S+))?\s*(.*)\Z", re.DOTALL | re.IGNORECASE)
_FINGERPRINT = re.compile(r"\A[0-9a-f]{8,64}\Z")
_KINDS = {"fp": "fp", "false-positive": "fp", "accept": "accept", "accept-risk": "accept"}
MIN_REASON = 10
USAGE = (
    "Reply to a secops inline comment with `/secops fp <reason>` (a false positive) or `/secops accept <reason>` "
    "(an accepted risk); in a top-level comment add the fingerprint: `/secops fp <fingerprint> <reason>`. "
    f"The reason needs at least {MIN_REASON} characters."
)
# Code scanning dismissal reasons that mean "not a vulnerability here"; "won't fix" is an accepted risk, not ours.
IMPORTED_REASONS = frozenset({"false positive", "used in tests"})
_FP_IN_MESSAGE = re.compile(r"secops fingerprint: ([0-9a-f]{16,64})")


class CommandSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class SlashCommand:
    kind: str  # fp | accept
    reason: str
    fingerprint: str = ""  # a prefix, given in top-level PR comments
    text: str = ""  # everything after the command word (the reason, when replying to an inline comment)


def parse_command(body: str) -> SlashCommand | None:
    """`/secops fp|accept [FINGERPRINT] REASON` → a command; None if the comment is not for secops."""
    match = _COMMAND.match(body)
    if match is None:
        return None
    word, rest = (match.group(1) or "").lower(), match.group(2).strip()
    if word not in _KINDS:
        raise CommandSyntaxError(f"unknown secops command {word or '(none)'!r}")
    parts = rest.split(None, 1)
    fingerprint = parts[0].lower() if parts and _FINGERPRINT.match(parts[0].lower()) else ""
    reason = (parts[1] if fingerprint and len(parts) > 1 else "" if fingerprint else rest).strip()
    if len(reason) < MIN_REASON and len(rest) < MIN_REASON:
        raise CommandSyntaxError("the reason is missing or too short")
    return SlashCommand(_KINDS[word], reason, fingerprint, rest)


@dataclass
class FeedbackResult:
    status: str  # recorded | refused | ignored | invalid
    message: str


def _user(obj: Any) -> dict[str, Any]:
    user = obj.get("user") if isinstance(obj, dict) else None
    return user if isinstance(user, dict) else {}


class CommentFeedback:
    """Handle one `issue_comment` / `pull_request_review_comment` event (no rescan: the summary holds the state)."""

    def __init__(self, client: GitHubClient, ctx: GitHubContext, bot_login: str) -> None:
        self.client, self.ctx, self.bot_login = client, ctx, bot_login
        self.comment: dict[str, Any] = ctx.event.get("comment") or {}
        self.number = ctx.pr_number

    def _reply(self, text: str) -> None:
        assert self.number is not None
        author = _user(self.comment).get("login", "")
        body = f"@{author} {text}" if author else text
        if self.ctx.event_name == "pull_request_review_comment":
            thread = int(self.comment.get("in_reply_to_id") or self.comment["id"])
            self.client.reply_to_review_comment(self.ctx.repository, self.number, thread, body)
        else:
            self.client.create_issue_comment(self.ctx.repository, self.number, body)

    def handle(self) -> FeedbackResult:
        author = str(_user(self.comment).get("login", ""))
        if self.ctx.event.get("action", "created") != "created" or not author:
            return FeedbackResult("ignored", "only newly created comments are read")
        if author == self.bot_login or _user(self.comment).get("type") == "Bot":
            return FeedbackResult("ignored", "comments by bots are not commands")
        if self.number is None:
            return FeedbackResult("ignored", "the comment is not on a pull request")
        try:
            command = parse_command(str(self.comment.get("body", "")))
        except CommandSyntaxError as exc:
            self._reply(f"{exc}. {USAGE}")
            return FeedbackResult("invalid", str(exc))
        if command is None:
            return FeedbackResult("ignored", "no /secops command in the comment")
        role = self.client.collaborator_role(self.ctx.repository, author)
        if role not in WRITE_ROLES:
            self._reply(
                f"only collaborators with write access can record secops verdicts (your role: {role}). "
                "Ask a maintainer to review this finding."
            )
            return FeedbackResult("refused", f"@{author} has role {role!r}, not write/maintain/admin")
        return self._record(command, author)

    def _target(self, command: SlashCommand, state: SummaryState) -> tuple[str, dict[str, Any]] | str:
        """(fingerprint, details) of the finding meant, or why it is unclear."""
        parent_id = self.comment.get("in_reply_to_id")
        if self.ctx.event_name == "pull_request_review_comment" and parent_id:
            parent = self.client.review_comment(self.ctx.repository, int(parent_id))
            fp = finding_marker(parent, self.bot_login)
            if fp is None:
                return "this thread is not a secops finding"
            known = state.lookup(fp)
            if known:
                return fp, {"rule_id": known[0].rule_id, "path": known[0].path, "line": known[0].line}
            return fp, {"path": str(parent.get("path", "")), "line": int(parent.get("line") or 0)}
        if not command.fingerprint:
            return "which finding? reply to its inline comment, or give its fingerprint"
        matches = state.lookup(command.fingerprint)
        if len(matches) != 1:
            return f"{len(matches)} findings of this PR match fingerprint {command.fingerprint!r}"
        seen = matches[0]
        return seen.fingerprint, {"rule_id": seen.rule_id, "path": seen.path, "line": seen.line}

    def _record(self, command: SlashCommand, author: str) -> FeedbackResult:
        assert self.number is not None
        comments = self.client.issue_comments(self.ctx.repository, self.number)
        summary = find_summary(comments, self.bot_login)
        if summary is None:
            self._reply("there is no secops summary on this pull request yet; wait for the scan to finish.")
            return FeedbackResult("invalid", "no summary comment to record the verdict in")
        state = SummaryState.from_body(str(summary.get("body", "")))
        target = self._target(command, state)
        if isinstance(target, str):
            self._reply(f"{target}. {USAGE}")
            return FeedbackResult("invalid", target)
        fp, details = target
        reply = self.ctx.event_name == "pull_request_review_comment" and self.comment.get("in_reply_to_id")
        reason = command.text if reply else command.reason
        if len(reason) < MIN_REASON:
            self._reply(f"the reason is missing or too short. {USAGE}")
            return FeedbackResult("invalid", "the reason is missing or too short")
        verdict = RecordedVerdict(
            fp, Verdict.FALSE_POSITIVE.value, command.kind, reason, author, date.today().isoformat(),
            **details,
        )  # fmt: skip
        state.verdicts[fp] = verdict
        self.client.update_issue_comment(
            self.ctx.repository, int(summary["id"]), replace_verdicts(str(summary.get("body", "")), state)
        )
        label = "an accepted risk" if command.kind == "accept" else "a false positive"
        self._reply(
            f"recorded {verdict.where()} as {label}. It is applied as triage memory on the next secops run of "
            "this pull request (push a commit or re-run the workflow)."
        )
        return FeedbackResult("recorded", f"{verdict.where()} recorded as {label} by @{author}")


def apply_verdicts(root: Path, findings: tuple[Finding, ...], verdicts: dict[str, RecordedVerdict]) -> list[str]:
    """Write the PR's recorded verdicts into triage memory for the findings still present; returns where."""
    present = {f.fingerprint: f for f in findings}
    hits = [(present[fp], v) for fp, v in verdicts.items() if fp in present]
    if not hits:
        return []
    memory = Memory.load(root)
    for finding, v in hits:
        reason = f"accepted risk: {v.reason}" if v.kind == "accept" else v.reason
        memory.mark(finding, Verdict(v.verdict), reason, f"@{v.author} (GitHub PR)", source="github")
    memory.save()
    return [str(finding.location) for finding, _v in hits]


# -- dismissed code-scanning alerts ---------------------------------------------------------------------------


@dataclass
class ImportResult:
    recorded: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept_human: int = 0  # a human verdict already in memory wins over an alert dismissal
    skipped: int = 0  # other dismissal reasons ("won't fix")
    unmatched: list[str] = field(default_factory=list)


def alert_fingerprint(alert: dict[str, Any]) -> str | None:
    """Our fingerprint for an alert: from fingerprint fields when the API gives them, else from the message.

    The code-scanning REST API does not echo SARIF `partialFingerprints`, so `secops ci github` also writes
    `secops fingerprint: …` into each result's message, which the alert's `most_recent_instance` carries.
    """
    instance = alert.get("most_recent_instance") or {}
    for holder in (instance, alert):
        for key in ("fingerprints", "partial_fingerprints", "partialFingerprints"):
            value = holder.get(key) if isinstance(holder, dict) else None
            if isinstance(value, dict) and value.get(FINGERPRINT_KEY):
                return str(value[FINGERPRINT_KEY])
    message = instance.get("message") if isinstance(instance, dict) else None
    text = message.get("text", "") if isinstance(message, dict) else ""
    match = _FP_IN_MESSAGE.search(str(text))
    return match.group(1) if match else None


def match_alert(alert: dict[str, Any], findings: list[Finding]) -> Finding | None:
    """The finding of the last scan this alert is about: by fingerprint, else by rule, path and line (if unique)."""
    fp = alert_fingerprint(alert)
    if fp is not None:
        return next((f for f in findings if f.fingerprint.startswith(fp)), None)
    rule = (alert.get("rule") or {}).get("id")
    location = (alert.get("most_recent_instance") or {}).get("location") or {}
    candidates = [
        f
        for f in findings
        if f.rule_id == rule
        and f.location.path == location.get("path")
        and f.location.start_line == location.get("start_line")
    ]
    return candidates[0] if len(candidates) == 1 else None


def import_dismissals(
    client: GitHubClient, repo: str, root: Path, results: Path, tool_name: str = "secops"
) -> ImportResult:
    _scan, triaged = load_document(results)
    findings = [t.finding for t in triaged]
    memory = Memory.load(root)
    outcome = ImportResult()
    for alert in client.code_scanning_alerts(repo, state="dismissed", tool_name=tool_name):
        reason = str(alert.get("dismissed_reason") or "")
        if reason not in IMPORTED_REASONS:
            outcome.skipped += 1
            continue
        finding = match_alert(alert, findings)
        if finding is None:
            location = (alert.get("most_recent_instance") or {}).get("location") or {}
            rule = (alert.get("rule") or {}).get("id", "?")
            outcome.unmatched.append(
                f"#{alert.get('number')} {rule} {location.get('path')}:{location.get('start_line')}"
            )
            continue
        comment = str(alert.get("dismissed_comment") or "").strip()
        text = f"dismissed in GitHub code scanning (alert #{alert.get('number')}) as {reason}" + (
            f": {comment}" if comment else ""
        )
        existing = memory.entries.get(finding.fingerprint)
        if existing is not None and existing.source != "github":
            outcome.kept_human += 1
            continue
        if existing is not None and existing.reason == text and existing.still_applies(finding):
            outcome.unchanged += 1
            continue
        login = (alert.get("dismissed_by") or {}).get("login") or "unknown"
        memory.mark(finding, Verdict.FALSE_POSITIVE, text, f"@{login} (GitHub code scanning)", source="github")
        outcome.recorded.append(f"{finding.rule_id} at {finding.location}")
    if outcome.recorded:
        memory.save()
    return outcome
