"""`secops ci github`: scan what the pull request changed, triage, SARIF, the PR conversation, and the gate.

The job's exit code is the gate's (0 pass, 1 blocking). Problems talking to GitHub never change it: they are
reported in the step summary, and when the token cannot write (fork PRs, missing `pull-requests: write`) the
findings become workflow annotations instead of comments.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from secops import __version__
from secops._subprocess import CommandError, run
from secops.commands.scan import (
    ScanOptions,
    open_index_or_warn,
    record_last_scan,
    run_pipeline,
    triage_findings,
)
from secops.errors import ExitCode, GitError, UsageError
from secops.gate import evaluate
from secops.integrations.github_client import (
    GitHubClient,
    GitHubError,
    GitHubNotFoundError,
    GitHubPermissionError,
    GitHubValidationError,
)
from secops.integrations.github_event import (
    COMMENT_EVENTS,
    GitHubContext,
    annotation,
    append_step_summary,
    emit_annotations,
    set_outputs,
)
from secops.integrations.github_feedback import CommentFeedback, FeedbackResult, apply_verdicts
from secops.integrations.github_pr import (
    DEFAULT_BOT_LOGIN,
    CommentMode,
    Conversation,
    RecordedVerdict,
    SummaryState,
    commentable_lines,
    existing_inline,
    find_summary,
    plan_inline,
    post_inline,
    render_summary,
)
from secops.report import markdown
from secops.report.interface import Report
from secops.report.sarif import FINGERPRINT_KEY, to_sarif

_SHA = re.compile(r"\A[0-9a-f]{40}(?:[0-9a-f]{24})?\Z")
_REF = re.compile(r"\A\w[\w./-]*\Z")
_MAX_ANNOTATIONS = 50


@dataclass(frozen=True)
class CiSettings:
    comment_mode: CommentMode = CommentMode.BOTH
    max_inline: int = 10
    sarif: Path = Path("secops.sarif")  # relative to the workspace
    category: str | None = None  # SARIF automationDetails.id (code scanning category)
    fail_on: str | None = None
    policy: Path | None = None
    rules: tuple[Path, ...] = ()
    provider: str | None = None  # an LLM provider turns on the llm decider
    model: str | None = None
    bot_login: str = DEFAULT_BOT_LOGIN  # whose comments are ours (the token's account)
    standards: bool = True

    def scan_options(self, root: Path, diff_base: str | None) -> ScanOptions:
        return ScanOptions(
            root=root, diff_base=diff_base, extra_rules=self.rules, policy_file=self.policy, fail_on=self.fail_on,
            standards=self.standards, decider="llm" if self.provider else None, provider=self.provider,
            model=self.model,
        )  # fmt: skip


def run_ci(settings: CiSettings, env: Mapping[str, str], out: TextIO | None = None) -> int:
    ctx = GitHubContext.from_env(env)
    stream = out or sys.stdout
    if ctx.event_name in COMMENT_EVENTS:
        return _feedback(ctx, settings, stream)
    return _scan(ctx, settings, stream)


# -- comment events: record /secops verdicts ------------------------------------------------------------------


def _feedback(ctx: GitHubContext, settings: CiSettings, out: TextIO) -> int:
    if not ctx.token:
        raise UsageError("GITHUB_TOKEN is not set", hint="pass `token: ${{ github.token }}` to the action")
    with GitHubClient(ctx.token, ctx.api_url) as client:
        try:
            result = CommentFeedback(client, ctx, settings.bot_login).handle()
        except GitHubPermissionError as exc:
            result = FeedbackResult("refused", f"cannot write to this pull request: {exc.message}")
            print(annotation("warning", result.message, title="secops"), file=out)
    append_step_summary(ctx, f"## secops: pull request comment\n\n**{result.status}**: {result.message}\n")
    set_outputs(ctx, {"feedback": result.status})
    print(f"secops: {result.status}: {result.message}", file=out)
    return int(ExitCode.OK)


# -- pull_request (and push) events: scan -----------------------------------------------------------------------


def merge_base(root: Path, ctx: GitHubContext) -> str:
    """The merge base of the PR's base and HEAD: the scan covers exactly what the PR changed."""
    candidates = [ctx.base_sha] if _SHA.match(ctx.base_sha) else []
    if ctx.base_ref and _REF.match(ctx.base_ref) and ".." not in ctx.base_ref:
        candidates.append(f"origin/{ctx.base_ref}")
    for candidate in candidates:
        try:
            done = run(["git", "merge-base", candidate, "HEAD"], cwd=root, timeout=120)
        except CommandError as exc:
            raise GitError(f"git could not run: {exc}", hint="the runner needs git") from exc
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    raise GitError(
        f"cannot find the merge base of the pull request's base ({', '.join(candidates) or 'unknown'}) and HEAD "
        f"in {root}",
        hint="check out with `fetch-depth: 0` (actions/checkout) so the base commit and the history to it exist",
    )


def _head(root: Path) -> str:
    try:
        done = run(["git", "rev-parse", "HEAD"], cwd=root, timeout=30)
    except CommandError:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def scan_report(options: ScanOptions, verdicts: dict[str, RecordedVerdict]) -> tuple[Report, list[str]]:
    """run_pipeline, with the PR's recorded verdicts written to triage memory between scanning and triage."""
    if not verdicts:
        return run_pipeline(options)[0], []
    bare, policy = run_pipeline(dataclasses.replace(options, triage=False))
    result = bare.scan
    applied = apply_verdicts(Path(result.root), result.findings, verdicts)
    if not (options.triage and policy.triage.enabled):
        return bare, applied
    index, warning = open_index_or_warn() if options.standards and result.findings else (None, None)
    if warning is not None:
        result = dataclasses.replace(result, warnings=(*result.warnings, warning))
    triaged = triage_findings(result, policy, Path(result.root), index, options)
    report = Report(result, tuple(triaged), evaluate(triaged, policy.gate), __version__)
    record_last_scan(report)
    return report, applied


def github_sarif(report: Report, category: str | None) -> dict[str, Any]:
    """SARIF for upload-sarif: our category, and the fingerprint in each message (the alerts API shows messages,
    not partialFingerprints, and `secops triage import-github` matches dismissals by it)."""
    document = to_sarif(report)
    run_ = document["runs"][0]
    if category:
        run_["automationDetails"] = {"id": category.strip("/") + "/"}
    for result in run_["results"]:
        fingerprint = result["partialFingerprints"][FINGERPRINT_KEY]
        result["message"]["text"] = f"{result['message']['text']}\n\nsecops fingerprint: {fingerprint}"
    return document


def _fallback_reason(ctx: GitHubContext, exc: GitHubError) -> str:
    why = (
        "this pull request comes from a fork, and a fork's GITHUB_TOKEN is read-only"
        if ctx.is_fork
        else "the token lacks `pull-requests: write` (grant it in the workflow's `permissions:`)"
    )
    return (
        f"secops could not write to the pull request ({exc.status}: {exc.message}): {why}. "
        "The findings are reported as workflow annotations and in this step summary instead."
    )


def _previous(
    client: GitHubClient, ctx: GitHubContext, settings: CiSettings, talk: Conversation
) -> tuple[dict[str, Any] | None, SummaryState]:
    """The bot's summary comment (or None) and the state it carries."""
    assert ctx.pr_number is not None
    try:
        summary = find_summary(client.issue_comments(ctx.repository, ctx.pr_number), settings.bot_login)
    except GitHubPermissionError as exc:
        talk.fallback = _fallback_reason(ctx, exc)
        return None, SummaryState()
    state = SummaryState.from_body(str(summary.get("body", ""))) if summary else SummaryState()
    return summary, state


def _inline(client: GitHubClient, ctx: GitHubContext, settings: CiSettings, report: Report, talk: Conversation) -> None:
    repo, number = ctx.repository, ctx.pr_number
    assert number is not None
    try:
        commentable = commentable_lines(client.pull_request_files(repo, number))
        existing = existing_inline(client.review_comments(repo, number), settings.bot_login)
    except GitHubPermissionError:
        raise
    except GitHubError as exc:
        talk.notes.append(f"⚠️ Inline comments skipped: {exc.message}. {exc.hint or ''}".rstrip())
        return
    active = {t.finding.fingerprint for t in report.active}
    talk.inline_existing = {fp: url for fp, url in existing.items() if fp in active}
    chosen = plan_inline(report, commentable, existing, settings.max_inline, talk)
    if not chosen:
        return
    try:
        talk.review_url = post_inline(client, repo, number, ctx.head_sha or ctx.sha, report, chosen)
        talk.inline_posted = {t.finding.fingerprint for t in chosen}
    except GitHubPermissionError:
        raise
    except GitHubError as exc:
        kind = "rejected" if isinstance(exc, GitHubValidationError) else "did not take"
        talk.notes.append(f"⚠️ GitHub {kind} the inline comments ({exc.message}); the findings are listed above.")
        talk.outside_diff |= {t.finding.fingerprint for t in chosen}


def _converse(
    client: GitHubClient,
    ctx: GitHubContext,
    settings: CiSettings,
    report: Report,
    state: SummaryState,
    summary: dict[str, Any] | None,
    talk: Conversation,
) -> None:
    repo, number = ctx.repository, ctx.pr_number
    assert number is not None
    try:
        if settings.comment_mode.inline:
            _inline(client, ctx, settings, report, talk)
        if settings.comment_mode.summary:
            # a `/secops` verdict recorded while this run scanned must not be overwritten: re-read and merge
            latest = find_summary(client.issue_comments(repo, number), settings.bot_login)
            if latest is not None:
                summary = latest
                state.verdicts.update(SummaryState.from_body(str(latest.get("body", ""))).verdicts)
            body = render_summary(report, state, talk, head=ctx.head_sha or ctx.sha, run_url=ctx.run_url)
            if summary is not None:
                written = client.update_issue_comment(repo, int(summary["id"]), body)
            else:
                written = client.create_issue_comment(repo, number, body)
            talk.summary_url = str(written.get("html_url", ""))
    except GitHubPermissionError as exc:
        talk.fallback = _fallback_reason(ctx, exc)
    except GitHubNotFoundError as exc:
        talk.notes.append(f"⚠️ The pull request conversation was not updated: {exc.message}. {exc.hint or ''}")
    except GitHubError as exc:
        talk.notes.append(f"⚠️ The pull request conversation was not updated: {exc.message}")


def finding_annotations(report: Report) -> list[str]:
    blocking = {t.finding.fingerprint for t in report.gate.blocking}
    lines = []
    for t in sorted(report.active, key=lambda t: t.finding.fingerprint not in blocking)[:_MAX_ANNOTATIONS]:
        f = t.finding
        level = "error" if f.fingerprint in blocking else "warning"
        message = f"{f.message} [{t.verdict.value}; {f.severity.value}; fingerprint {f.fingerprint[:16]}]"
        lines.append(annotation(level, message, file=f.location.path, line=f.location.start_line, title=f.rule_id))
    return lines


def _open_client(ctx: GitHubContext, settings: CiSettings, talk: Conversation) -> GitHubClient | None:
    if ctx.pr_number is None:
        return None
    if settings.comment_mode is CommentMode.OFF:
        talk.notes.append("Pull request comments are off (comment-mode: off).")
        return None
    if not ctx.token:
        talk.fallback = "no GITHUB_TOKEN was given, so secops could not comment on the pull request."
        return None
    return GitHubClient(ctx.token, ctx.api_url)


def _scan(ctx: GitHubContext, settings: CiSettings, out: TextIO) -> int:
    root = ctx.workspace.resolve()
    talk = Conversation()
    if ctx.event_name == "pull_request_target":
        talk.notes.append("⚠️ pull_request_target: never check out and run the PR's code here (see docs/github.md).")
    client = _open_client(ctx, settings, talk)
    try:
        summary, state = _previous(client, ctx, settings, talk) if client else (None, SummaryState())
        base = merge_base(root, ctx) if ctx.pr_number is not None else None
        report, applied = scan_report(settings.scan_options(root, base), state.verdicts)
        if applied:
            talk.notes.append(f"Verdicts recorded in this PR applied as triage memory: {', '.join(applied)}.")
        checked_out = _head(root)
        if ctx.head_sha and checked_out and checked_out != ctx.head_sha:
            talk.notes.append(
                f"⚠️ HEAD is `{checked_out[:12]}`, not the PR head `{ctx.head_sha[:12]}`: inline comment lines can "
                "be off where the base branch changed the same files; check out the PR head SHA."
            )
        sarif_path = settings.sarif if settings.sarif.is_absolute() else root / settings.sarif
        sarif_path.parent.mkdir(parents=True, exist_ok=True)
        sarif_path.write_text(json.dumps(github_sarif(report, settings.category), indent=2) + "\n", "utf-8")
        state = state.advance(report, ctx.head_sha or checked_out)
        if client is not None and not talk.fallback:
            _converse(client, ctx, settings, report, state, summary, talk)
    finally:
        if client is not None:
            client.close()
    if talk.fallback:
        emit_annotations([annotation("warning", talk.fallback, title="secops"), *finding_annotations(report)], out)
    notes = [talk.fallback, *talk.notes] if talk.fallback else talk.notes
    if talk.summary_url:
        notes = [f"Pull request summary: {talk.summary_url}", *notes]
    append_step_summary(ctx, markdown.render(report) + ("\n### Pull request\n\n" + "\n\n".join(notes) if notes else ""))
    on_head = bool(ctx.pr_number) and checked_out == ctx.head_sha
    set_outputs(
        ctx,
        {
            "found": str(len(report.triaged)),
            "suppressed": str(len(report.suppressed)),
            "blocking": str(len(report.gate.blocking)),
            "gate": "pass" if report.gate.passed else "fail",
            "sarif-file": str(sarif_path),
            "sarif-ref": f"refs/pull/{ctx.pr_number}/head" if on_head else ctx.ref,
            "sarif-sha": checked_out if on_head else (ctx.sha or checked_out),
            "summary-url": talk.summary_url,
        },
    )
    print(f"secops: {report.summary_line()}", file=out)
    return int(ExitCode.OK if report.gate.passed else ExitCode.BLOCKING)
