"""The GitHub Actions runner as secops sees it: the event, the environment, outputs, step summary, annotations."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from secops.errors import UsageError
from secops.integrations.github_client import DEFAULT_API_URL

PR_EVENTS = frozenset({"pull_request", "pull_request_target"})
COMMENT_EVENTS = frozenset({"issue_comment", "pull_request_review_comment"})
_REPO = re.compile(r"^[\w.-]+/[\w.-]+$")


@dataclass(frozen=True)
class GitHubContext:
    """Everything secops reads from GITHUB_* variables and the event payload."""

    event_name: str
    event: dict[str, Any]
    repository: str  # owner/name
    api_url: str = DEFAULT_API_URL
    server_url: str = "https://github.com"
    token: str = field(default="", repr=False)
    sha: str = ""
    ref: str = ""
    base_ref: str = ""
    workspace: Path = Path(".")
    output_path: Path | None = None
    summary_path: Path | None = None
    run_id: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> GitHubContext:
        missing = [name for name in ("GITHUB_EVENT_PATH", "GITHUB_REPOSITORY") if not env.get(name)]
        if missing:
            raise UsageError(
                f"{' and '.join(missing)} not set: `secops ci github` runs inside a GitHub Actions job",
                hint="run it from the secops action (uses: <owner>/secops@v1), or set the GITHUB_* variables",
            )
        event_path = Path(env["GITHUB_EVENT_PATH"])
        try:
            event = json.loads(event_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read the event payload {event_path}: {exc}", hint="GITHUB_EVENT_PATH") from exc
        repository = env["GITHUB_REPOSITORY"]
        if not _REPO.match(repository):
            raise UsageError(f"GITHUB_REPOSITORY={repository!r} is not owner/name")

        def path(name: str) -> Path | None:
            return Path(env[name]) if env.get(name) else None

        return cls(
            event_name=env.get("GITHUB_EVENT_NAME", ""),
            event=event if isinstance(event, dict) else {},
            repository=repository,
            api_url=env.get("GITHUB_API_URL") or DEFAULT_API_URL,
            server_url=env.get("GITHUB_SERVER_URL") or "https://github.com",
            token=env.get("GITHUB_TOKEN") or env.get("GH_TOKEN") or "",
            sha=env.get("GITHUB_SHA", ""),
            ref=env.get("GITHUB_REF", ""),
            base_ref=env.get("GITHUB_BASE_REF", ""),
            workspace=Path(env.get("GITHUB_WORKSPACE") or "."),
            output_path=path("GITHUB_OUTPUT"),
            summary_path=path("GITHUB_STEP_SUMMARY"),
            run_id=env.get("GITHUB_RUN_ID", ""),
        )

    @property
    def pull_request(self) -> dict[str, Any]:
        """The PR object for pull_request* and review-comment events; {} otherwise."""
        pr = self.event.get("pull_request")
        return pr if isinstance(pr, dict) else {}

    @property
    def pr_number(self) -> int | None:
        if self.pull_request.get("number"):
            return int(self.pull_request["number"])
        issue = self.event.get("issue")
        if isinstance(issue, dict) and issue.get("pull_request") and issue.get("number"):
            return int(issue["number"])  # issue_comment on a pull request
        return None

    def _side(self, side: str, key: str) -> str:
        part = self.pull_request.get(side)
        return str(part.get(key) or "") if isinstance(part, dict) else ""

    @property
    def head_sha(self) -> str:
        return self._side("head", "sha")

    @property
    def base_sha(self) -> str:
        return self._side("base", "sha")

    @property
    def is_fork(self) -> bool:
        head = self.pull_request.get("head")
        repo = head.get("repo") if isinstance(head, dict) else None
        name = repo.get("full_name") if isinstance(repo, dict) else None
        return bool(name) and name != self.repository

    @property
    def run_url(self) -> str:
        return f"{self.server_url}/{self.repository}/actions/runs/{self.run_id}" if self.run_id else ""


def set_outputs(ctx: GitHubContext, values: Mapping[str, str]) -> None:
    """Append step outputs to $GITHUB_OUTPUT (heredoc form with a random delimiter: safe for any value)."""
    if ctx.output_path is None:
        return
    with ctx.output_path.open("a", encoding="utf-8") as out:
        for name, value in values.items():
            delimiter = f"secops_{secrets.token_hex(8)}"
            out.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")


def append_step_summary(ctx: GitHubContext, markdown: str) -> None:
    if ctx.summary_path is None:
        return
    with ctx.summary_path.open("a", encoding="utf-8") as out:
        out.write(markdown if markdown.endswith("\n") else markdown + "\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, *, file: str = "", line: int = 0, title: str = "") -> str:
    """A workflow command (`::error file=…,line=…::…`), escaped so file names and messages cannot inject others."""
    props = [f"file={_escape_property(file)}"] if file else []
    props += [f"line={line}"] if file and line else []
    props += [f"title={_escape_property(title)}"] if title else []
    head = f"::{level} {','.join(props)}" if props else f"::{level}"
    return f"{head}::{_escape_data(message)}"


def emit_annotations(lines: list[str], out: TextIO) -> None:
    for line in lines:
        print(line, file=out)
