"""PR-conversation pieces: diff lines, hidden state, markers that cannot be forged, commands, runner I/O."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secops.errors import UsageError
from secops.integrations.github_event import GitHubContext, annotation, set_outputs
from secops.integrations.github_feedback import CommandSyntaxError, alert_fingerprint, parse_command
from secops.integrations.github_pr import (
    SUMMARY_MARKER,
    CommentMode,
    RecordedVerdict,
    Seen,
    SummaryState,
    commentable_lines,
    existing_inline,
    find_summary,
    neutralise,
    replace_verdicts,
)

PATCH = "\n".join(
    [
        "@@ -1,4 +1,5 @@",
        " import os",
        "-import sys",
        "+import json",
        "+import hashlib",
        " ",
        " def a():",
        "@@ -20,3 +21,4 @@ def b():",
        "     x = 1",
        "+    y = 2",
        "     return x",
        "\\ No newline at end of file",
    ]
)


def test_commentable_lines_are_added_and_context_lines_of_each_hunk() -> None:
    files = [
        {"filename": "m.py", "status": "modified", "patch": PATCH},
        {"filename": "big.bin", "status": "modified"},  # no patch: binary or too large
        {"filename": "gone.py", "status": "removed", "patch": "@@ -1 +0,0 @@\n-x"},
    ]
    assert commentable_lines(files) == {"m.py": {1, 2, 3, 4, 5, 21, 22, 23}}


def test_state_round_trips_and_survives_hostile_text() -> None:
    state = SummaryState(
        active=[Seen("ab" * 16, "r.one", "a.py", 3, "high")],
        resolved=[Seen("cd" * 16, "r.two", "b.py", 9, "low")],
        verdicts={
            "ab" * 16: RecordedVerdict("ab" * 16, "false_positive", "fp", "ok --> <!-- x -->", "al", "2026-01-01")
        },
        head="f" * 40,
    )
    body = f"{SUMMARY_MARKER}\ntext\n{state.to_marker()}"
    assert "-->" not in state.to_marker()[: -len(" -->")]
    assert SummaryState.from_body(body) == state
    assert SummaryState.from_body("no state") == SummaryState()
    assert SummaryState.from_body("<!-- secops:state {broken} -->") == SummaryState()


def test_state_is_trimmed_to_its_budget() -> None:
    many = [Seen(f"{i:032x}", "rule." + "x" * 80, "p" * 100 + ".py", i, "low") for i in range(200)]
    marker = SummaryState(active=many, resolved=many, head="h").to_marker(budget=5000)
    assert len(marker) < 5100
    assert SummaryState.from_body(marker).active  # the newest active findings stay


def test_replace_verdicts_rewrites_only_its_section() -> None:
    state = SummaryState(active=[Seen("ab" * 16, "r.one", "a.py", 3, "high")])
    body = f"{SUMMARY_MARKER}\nhead\n<!-- secops:verdicts:start -->\n<!-- secops:verdicts:end -->\ntail\n"
    body += state.to_marker()
    state.verdicts["ab" * 16] = RecordedVerdict("ab" * 16, "false_positive", "accept", "legacy | code", "bo", "d")
    updated = replace_verdicts(body, state)
    assert updated.startswith(f"{SUMMARY_MARKER}\nhead\n") and "tail" in updated
    assert "**accepted risk** by @bo" in updated and "legacy \\| code" in updated
    assert SummaryState.from_body(updated).verdicts == state.verdicts
    assert updated.count("<!-- secops:state") == 1


def test_only_the_bots_comments_count_and_scanned_code_cannot_forge_markers() -> None:
    forged = {"id": 1, "user": {"login": "mallory"}, "body": SUMMARY_MARKER + "\nfake"}
    real = {"id": 2, "user": {"login": "github-actions[bot]"}, "body": SUMMARY_MARKER + "\nreal"}
    assert find_summary([forged, real], "github-actions[bot]") == real
    inline = [
        {"user": {"login": "mallory"}, "body": "<!-- secops:finding " + "a" * 32 + " -->", "html_url": "m"},
        {"user": {"login": "github-actions[bot]"}, "body": "<!-- secops:finding " + "b" * 32 + " -->", "html_url": "u"},
    ]
    assert existing_inline(inline, "github-actions[bot]") == {"b" * 32: "u"}
    snippet = 'x = "<!-- secops:state {} -->"'
    assert "<!--" not in neutralise(snippet)


def test_comment_modes() -> None:
    assert [m for m in CommentMode if m.summary] == [CommentMode.SUMMARY, CommentMode.BOTH]
    assert [m for m in CommentMode if m.inline] == [CommentMode.INLINE, CommentMode.BOTH]


@pytest.mark.parametrize(
    ("body", "kind", "fingerprint", "reason"),
    [
        ("/secops fp the input is validated upstream", "fp", "", "the input is validated upstream"),
        ("/secops false-positive\nonly test fixtures reach this", "fp", "", "only test fixtures reach this"),
        (
            "/secops accept 0b115a49 legacy checksum, not security",
            "accept",
            "0b115a49",
            "legacy checksum, not security",
        ),
        ("  /SECOPS FP constant string, no user input", "fp", "", "constant string, no user input"),
    ],
)
def test_parse_command(body: str, kind: str, fingerprint: str, reason: str) -> None:
    command = parse_command(body)
    assert command is not None
    assert (command.kind, command.fingerprint, command.reason) == (kind, fingerprint, reason)


@pytest.mark.parametrize("body", ["/secops fp", "/secops fp short", "/secops ignore this one please", "/secops"])
def test_bad_commands_are_explained(body: str) -> None:
    with pytest.raises(CommandSyntaxError):
        parse_command(body)


@pytest.mark.parametrize("body", ["looks fine to me", "see /secops docs", "/secopsfp whatever is here"])
def test_other_comments_are_not_commands(body: str) -> None:
    assert parse_command(body) is None


def test_alert_fingerprint_sources() -> None:
    fp = "0b115a492bc44b44850b5b8effba0b3a"
    assert alert_fingerprint({"most_recent_instance": {"message": {"text": f"x\n\nsecops fingerprint: {fp}"}}}) == fp
    instance = {"fingerprints": {"secopsFingerprint/v1": fp}, "message": {"text": "no"}}
    assert alert_fingerprint({"most_recent_instance": instance}) == fp
    assert alert_fingerprint({"most_recent_instance": {"message": {"text": "nothing"}}}) is None


def test_context_from_env(tmp_path: Path) -> None:
    event = tmp_path / "event.json"
    pull = {"number": 3, "head": {"sha": "h", "repo": {"full_name": "fork/app"}}, "base": {"sha": "b"}}
    event.write_text(json.dumps({"pull_request": pull}))
    env = {"GITHUB_EVENT_PATH": str(event), "GITHUB_REPOSITORY": "acme/app", "GITHUB_EVENT_NAME": "pull_request"}
    ctx = GitHubContext.from_env(env)
    assert (ctx.pr_number, ctx.head_sha, ctx.base_sha, ctx.is_fork) == (3, "h", "b", True)
    assert ctx.api_url == "https://api.github.com" and "token" not in repr(ctx)
    with pytest.raises(UsageError, match="GITHUB_EVENT_PATH"):
        GitHubContext.from_env({"GITHUB_REPOSITORY": "acme/app"})
    with pytest.raises(UsageError, match="owner/name"):
        GitHubContext.from_env({**env, "GITHUB_REPOSITORY": "nope"})


def test_annotations_escape_file_names_and_messages() -> None:
    line = annotation("error", "bad\n::warning::x 100%", file="a,b:c\n.py", line=4, title="rule")
    assert line == "::error file=a%2Cb%3Ac%0A.py,line=4,title=rule::bad%0A::warning::x 100%25"
    assert "\n" not in line


def test_outputs_use_a_delimiter_that_values_cannot_close(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ctx = GitHubContext("pull_request", {}, "acme/app", output_path=out)
    set_outputs(ctx, {"found": "3", "tricky": "a\nEOF\nb"})
    text = out.read_text()
    assert "found<<secops_" in text and "a\nEOF\nb" in text
