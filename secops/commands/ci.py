"""`secops ci github` and `secops triage import-github`: the command bodies (logic in secops/integrations/)."""

from __future__ import annotations

import os
from pathlib import Path

from secops.errors import ExitCode, UsageError
from secops.integrations.github_ci import CiSettings, run_ci
from secops.integrations.github_client import DEFAULT_API_URL, GitHubClient
from secops.integrations.github_feedback import import_dismissals
from secops.integrations.github_pr import CommentMode

LAST_SCAN = Path(".secops") / "last-scan.json"


def comment_mode(value: str) -> CommentMode:
    try:
        return CommentMode(value.strip().lower())
    except ValueError as exc:
        raise UsageError(f"unknown comment mode {value!r}", hint="use summary, inline, both or off") from exc


def run_ci_github(settings: CiSettings) -> int:
    return run_ci(settings, os.environ)


def run_import_github(root: Path, results: Path | None, repo: str | None, api_url: str | None, tool: str) -> int:
    token = os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN")
    if not token:
        raise UsageError(
            "no GitHub token: set GITHUB_TOKEN (or GH_TOKEN)",
            hint="in Actions pass `${{ github.token }}` (security-events: read); locally `GH_TOKEN=$(gh auth token)`",
        )
    if not repo:
        raise UsageError("which repository? pass --repo OWNER/NAME or set GITHUB_REPOSITORY")
    source = results or root / LAST_SCAN
    if not source.is_file():
        raise UsageError(
            f"no scan results at {source}",
            hint="run `secops scan` (or `secops ci github`) first, or pass --results FILE from `secops scan --json`",
        )
    with GitHubClient(token, api_url or DEFAULT_API_URL) as client:
        outcome = import_dismissals(client, repo, root, source, tool)
    for where in outcome.recorded:
        print(f"recorded false_positive for {where}")
    for alert in outcome.unmatched:
        print(f"not in the last scan, skipped: alert {alert}")
    print(
        f"{len(outcome.recorded)} recorded in {root / '.secops' / 'triage.yaml'} · {outcome.unchanged} already known · "
        f"{outcome.kept_human} kept (a human verdict exists) · {len(outcome.unmatched)} unmatched · "
        f"{outcome.skipped} other dismissal reasons"
    )
    return int(ExitCode.OK)
