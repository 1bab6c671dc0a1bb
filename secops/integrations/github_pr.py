"""The pull-request conversation: one summary comment updated in place, inline comments only on diff lines.

Hidden markers make re-runs idempotent: `<!-- secops:summary -->` finds the summary, `<!-- secops:finding FP -->`
finds inline comments already posted, and `<!-- secops:state {...} -->` (inside the summary) carries the previous
run's findings and the verdicts recorded with `/secops fp|accept`. Only comments written by the bot account count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from secops.integrations.github_client import GitHubClient
from secops.models import Severity, TriagedFinding
from secops.report import markdown
from secops.report.interface import Report

SUMMARY_MARKER = "<!-- secops:summary -->"
VERDICTS_START = "<!-- secops:verdicts:start -->"
VERDICTS_END = "<!-- secops:verdicts:end -->"
_STATE = re.compile(r"<!-- secops:state (\{.*?\}) -->", re.DOTALL)
_FINDING = re.compile(r"\A<!-- secops:finding ([0-9a-f]{8,64}) -->")
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")
_MAX_BODY = 34_000  # GitHub refuses comment bodies over 65,536 characters; the state gets the rest
_MAX_ROWS = 50
_MAX_STATE = 200
DEFAULT_BOT_LOGIN = "github-actions[bot]"


class CommentMode(StrEnum):
    SUMMARY = "summary"
    INLINE = "inline"
    BOTH = "both"
    OFF = "off"

    @property
    def summary(self) -> bool:
        return self in (CommentMode.SUMMARY, CommentMode.BOTH)

    @property
    def inline(self) -> bool:
        return self in (CommentMode.INLINE, CommentMode.BOTH)


def commentable_lines(files: Iterable[dict[str, Any]]) -> dict[str, set[int]]:
    """New-side line numbers GitHub accepts review comments on: added and context lines of each `patch` hunk.

    Files without a patch (binary, too large, pure renames) have none: findings there stay in the summary.
    """
    lines: dict[str, set[int]] = {}
    for item in files:
        patch = item.get("patch")
        name = item.get("filename")
        if not isinstance(patch, str) or not isinstance(name, str) or item.get("status") == "removed":
            continue
        right = lines.setdefault(name, set())
        current = 0
        for line in patch.splitlines():
            if match := _HUNK.match(line):
                current = int(match.group(1))
            elif current and (line.startswith(("+", " ")) or line == ""):  # "": a context line's space stripped
                right.add(current)
                current += 1
    return lines


def neutralise(text: str) -> str:
    """Scanned code and user text must not forge our hidden markers: break any HTML comment opener."""
    return text.replace("<!--", "<\u200b!--")


@dataclass(frozen=True)
class Seen:
    """A finding as the summary remembers it between runs."""

    fingerprint: str
    rule_id: str
    path: str
    line: int
    severity: str

    @classmethod
    def of(cls, triaged: TriagedFinding) -> Seen:
        f = triaged.finding
        return cls(f.fingerprint, f.rule_id, f.location.path, f.location.start_line, f.severity.value)

    def where(self) -> str:
        return f"`{self.rule_id}` at `{self.path}:{self.line}`"


@dataclass(frozen=True)
class RecordedVerdict:
    """A `/secops fp|accept` from someone with write access; applied to triage memory on every later scan."""

    fingerprint: str
    verdict: str  # false_positive (fp, accept) | true_positive
    kind: str  # fp | accept
    reason: str
    author: str
    date: str
    rule_id: str = ""
    path: str = ""
    line: int = 0

    def where(self) -> str:
        if not self.rule_id:
            return f"finding `{self.fingerprint[:16]}`"
        return f"`{self.rule_id}` at `{self.path}:{self.line}`"


@dataclass
class SummaryState:
    active: list[Seen] = field(default_factory=list)
    resolved: list[Seen] = field(default_factory=list)
    verdicts: dict[str, RecordedVerdict] = field(default_factory=dict)
    head: str = ""

    def to_marker(self, budget: int = 30_000) -> str:
        """The hidden JSON, at most `budget` characters: the oldest resolved, then the last active entries go."""
        active, resolved = self.active[:_MAX_STATE], self.resolved[:_MAX_STATE]
        while True:
            data = {
                "v": 1,
                "head": self.head,
                "active": [list(asdict(s).values()) for s in active],
                "resolved": [list(asdict(s).values()) for s in resolved],
                "verdicts": {k: asdict(v) for k, v in self.verdicts.items()},
            }
            text = json.dumps(data, separators=(",", ":"), ensure_ascii=True).replace(">", "\\u003e")
            if len(text) <= budget or not (active or resolved):
                return f"<!-- secops:state {text} -->"
            if resolved:
                resolved = resolved[: len(resolved) // 2]
            else:
                active = active[: len(active) // 2]

    @classmethod
    def from_body(cls, body: str) -> SummaryState:
        found = _STATE.findall(body)
        if not found:
            return cls()
        try:
            data = json.loads(found[-1])
            return cls(
                active=[Seen(*item) for item in data.get("active", [])],
                resolved=[Seen(*item) for item in data.get("resolved", [])],
                verdicts={k: RecordedVerdict(**v) for k, v in data.get("verdicts", {}).items()},
                head=str(data.get("head", "")),
            )
        except (ValueError, TypeError):
            return cls()  # a damaged state only costs the "resolved" history

    def advance(self, report: Report, head: str) -> SummaryState:
        """The state after a new scan: what disappeared since the previous run is resolved."""
        current = {t.finding.fingerprint for t in report.triaged}
        active = [Seen.of(t) for t in report.active]
        now = {s.fingerprint for s in active}
        gone = [s for s in self.active if s.fingerprint not in current]
        resolved = gone + [s for s in self.resolved if s.fingerprint not in current and s not in gone]
        return SummaryState(active, [s for s in resolved if s.fingerprint not in now], dict(self.verdicts), head)

    def lookup(self, prefix: str) -> list[Seen]:
        return [s for s in self.active + self.resolved if s.fingerprint.startswith(prefix)]


def _cell(text: str) -> str:
    return neutralise(text).replace("|", "\\|").replace("\n", " ").strip()


def inline_body(triaged: TriagedFinding, blocking: bool, fail_on: Severity) -> str:
    """One review comment per finding: verdict, evidence, the cited clause and the fix (markdown.finding_block)."""
    lines = [f"<!-- secops:finding {triaged.finding.fingerprint} -->"]
    if blocking:
        lines += [f"⛔ **Blocks the merge** (gate: fail on {fail_on.value}+)", ""]
    lines += [neutralise(line) for line in markdown.finding_block(triaged)]
    if not (triaged.remediation or triaged.finding.fix):  # the rule's own advice: its message's later sentences
        _what, _, advice = triaged.finding.message.partition(". ")
        lines += [f"**Fix:** {neutralise(advice or triaged.finding.message)}", ""]
    lines += [
        "<sub>secops · fingerprint `" + triaged.finding.fingerprint[:16] + "` · reply `/secops fp <reason>` if this"
        " is a false positive or `/secops accept <reason>` to accept the risk (write access needed)</sub>"
    ]
    return "\n".join(lines)


@dataclass
class Conversation:
    """What the run did in the PR, for the summary comment and the step summary."""

    inline_posted: set[str] = field(default_factory=set)
    inline_existing: dict[str, str] = field(default_factory=dict)  # fingerprint -> html_url
    outside_diff: set[str] = field(default_factory=set)
    over_limit: set[str] = field(default_factory=set)
    review_url: str = ""
    summary_url: str = ""
    notes: list[str] = field(default_factory=list)
    fallback: str = ""  # why the PR could not be written to (then: annotations)


def _status(fp: str, talk: Conversation) -> str:
    if fp in talk.inline_existing:
        return f"[💬 inline]({talk.inline_existing[fp]})" if talk.inline_existing[fp] else "💬 inline"
    if fp in talk.inline_posted:
        return f"[💬 inline]({talk.review_url})" if talk.review_url else "💬 inline"
    if fp in talk.outside_diff:
        return "outside the diff (below)"
    if fp in talk.over_limit:
        return "over the inline limit (below)"
    return "details below"


def verdicts_section(state: SummaryState) -> str:
    if not state.verdicts:
        return f"{VERDICTS_START}\n{VERDICTS_END}"
    lines = [VERDICTS_START, "### 🧑‍⚖️ Verdicts recorded in this PR", ""]
    for v in state.verdicts.values():
        what = _cell(v.where())
        label = "accepted risk" if v.kind == "accept" else v.verdict.replace("_", " ")
        lines.append(f"- {what} — **{label}** by @{_cell(v.author)} on {v.date}: {_cell(v.reason)}")
    lines += ["", "<sub>Applied as triage memory on every scan of this PR; after merging, keep them with "
              "`secops triage import-github` or by committing `.secops/triage.yaml`.</sub>", VERDICTS_END]  # fmt: skip
    return "\n".join(lines)


def render_summary(report: Report, state: SummaryState, talk: Conversation, *, head: str, run_url: str) -> str:
    gate = "✅ passed" if report.gate.passed else "❌ failed"
    blocking = {t.finding.fingerprint for t in report.gate.blocking}
    ordered = sorted(report.active, key=lambda t: (t.finding.fingerprint not in blocking, -t.finding.severity.rank))
    run = f" · [workflow run]({run_url})" if run_url else ""
    out = [SUMMARY_MARKER, "## 🛡️ secops security review", "", f"**Gate {gate}** — {report.summary_line()}", "",
           f"<sub>changed lines of `{head[:12]}`{run}</sub>", ""]  # fmt: skip
    if ordered:
        out += ["| | severity | rule | location | verdict | |", "|---|---|---|---|---|---|"]
        for t in ordered[:_MAX_ROWS]:
            f = t.finding
            mark = "⛔" if f.fingerprint in blocking else ""
            out.append(
                f"| {mark} | {f.severity.value} | `{_cell(f.rule_id)}` | `{_cell(str(f.location))}` "
                f"| {t.verdict.value} | {_status(f.fingerprint, talk)} |"
            )
        if len(ordered) > _MAX_ROWS:
            out.append(f"\n… and {len(ordered) - _MAX_ROWS} more in the workflow run's summary.")
        out.append("")
    else:
        out += ["No active findings on the changed lines.", ""]
    details = [t for t in ordered if t.finding.fingerprint not in talk.inline_posted | set(talk.inline_existing)]
    if details:
        out += [f"<details><summary>{len(details)} finding(s) without an inline comment</summary>", ""]
        for t in details[:20]:
            out += [neutralise(line) for line in markdown.finding_block(t)]
        out += ["</details>", ""]
    if state.resolved:
        out += [f"### ✅ Resolved in this PR ({len(state.resolved)})", ""]
        out += [f"- ~~{s.where()}~~ — no longer found" for s in state.resolved[:_MAX_ROWS]]
        out.append("")
    out += [verdicts_section(state), ""]
    if report.suppressed:
        out += [f"<details><summary>Suppressed {len(report.suppressed)} — why</summary>", ""]
        out += [f"- {n} × {_cell(reason)}" for reason, n in report.suppression_reasons()[:30]]
        out += ["", "</details>", ""]
    out += [f"{note}" for note in talk.notes]
    out += ["<sub>Reply to an inline comment with `/secops fp <reason>` (false positive) or "
            "`/secops accept <reason>` (accepted risk); collaborators with write access only.</sub>"]  # fmt: skip
    return _fit("\n".join(out)) + "\n" + state.to_marker()


def _fit(body: str) -> str:
    if len(body) <= _MAX_BODY:
        return body
    return body[: _MAX_BODY - 200] + "\n\n… (truncated: the full report is in the workflow run's summary)\n"


def replace_verdicts(body: str, state: SummaryState) -> str:
    """Re-render only the verdict section and the state of an existing summary (comment events do not rescan)."""
    start, end = body.find(VERDICTS_START), body.find(VERDICTS_END)
    section = verdicts_section(state)
    if start != -1 and end > start:
        body = body[:start] + section + body[end + len(VERDICTS_END) :]
    else:
        body = body.rstrip() + "\n\n" + section
    body = _STATE.sub("", body).rstrip()
    return body + "\n" + state.to_marker()


def _by_bot(comment: dict[str, Any], bot_login: str) -> bool:
    user = comment.get("user")
    return isinstance(user, dict) and user.get("login") == bot_login


def find_summary(comments: Iterable[dict[str, Any]], bot_login: str) -> dict[str, Any] | None:
    """The first summary comment the bot wrote (comments by anyone else never count, whatever they contain)."""
    for comment in comments:
        if _by_bot(comment, bot_login) and str(comment.get("body", "")).startswith(SUMMARY_MARKER):
            return comment
    return None


def finding_marker(comment: dict[str, Any], bot_login: str) -> str | None:
    if not _by_bot(comment, bot_login):
        return None
    match = _FINDING.match(str(comment.get("body", "")))
    return match.group(1) if match else None


def existing_inline(comments: Iterable[dict[str, Any]], bot_login: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for comment in comments:
        fp = finding_marker(comment, bot_login)
        if fp is not None and fp not in found:
            found[fp] = str(comment.get("html_url", ""))
    return found


def plan_inline(
    report: Report, commentable: dict[str, set[int]], existing: dict[str, str], limit: int, talk: Conversation
) -> list[TriagedFinding]:
    """New inline comments for active findings on commentable lines, blocking and severe first, at most `limit`."""
    blocking = {t.finding.fingerprint for t in report.gate.blocking}
    chosen: list[TriagedFinding] = []
    ordered = sorted(report.active, key=lambda t: (t.finding.fingerprint not in blocking, -t.finding.severity.rank))
    for t in ordered:
        fp, loc = t.finding.fingerprint, t.finding.location
        if fp in existing:
            continue
        if loc.start_line not in commentable.get(loc.path, set()):
            talk.outside_diff.add(fp)
        elif len(chosen) >= limit:
            talk.over_limit.add(fp)
        else:
            chosen.append(t)
    return chosen


def post_inline(
    client: GitHubClient, repo: str, number: int, commit: str, report: Report, chosen: list[TriagedFinding]
) -> str:
    """One review carrying every new inline comment (one notification); returns the review's URL."""
    blocking = {t.finding.fingerprint for t in report.gate.blocking}
    comments = [
        {
            "path": t.finding.location.path,
            "line": t.finding.location.start_line,
            "side": "RIGHT",
            "body": inline_body(t, t.finding.fingerprint in blocking, report.gate.fail_on),
        }
        for t in chosen
    ]
    body = f"secops: {len(chosen)} new finding(s) on changed lines. The summary comment has the whole picture."
    review = client.create_review(repo, number, commit, body, comments)
    return str(review.get("html_url", ""))
