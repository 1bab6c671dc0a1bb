"""Where a run happened (repository, commit, branch, PR) and the record a scan appends to the history."""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from secops._subprocess import CommandError, run
from secops.history.interface import FindingRecord, HistoryStore, RunRecord
from secops.report.interface import Report

_PR_REF = re.compile(r"^refs/pull/(\d+)/")
_REMOTE = re.compile(r"^(?:[a-z+]+://)?(?:[^@/]+@)?[^:/]+(?::\d+)?[:/](.+?)(?:\.git)?/?$")


@dataclass(frozen=True)
class RunContext:
    repo: str
    commit: str | None = None
    branch: str | None = None
    pr: int | None = None
    default_branch: str | None = None


def _git(root: Path, *args: str) -> str | None:
    try:
        done = run(["git", *args], cwd=root, timeout=30)
    except CommandError:
        return None
    text = done.stdout.strip()
    return text if done.returncode == 0 and text else None


def repo_from_remote(url: str) -> str | None:
    """`git@github.com:acme/shop.git` and `https://github.com/acme/shop` -> `acme/shop`."""
    match = _REMOTE.match(url.strip())
    return match.group(1) if match else None


def _event(env: Mapping[str, str]) -> dict[str, object]:
    path = env.get("GITHUB_EVENT_PATH")
    if not path:
        return {}
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _pr_number(env: Mapping[str, str], event: Mapping[str, object]) -> int | None:
    match = _PR_REF.match(env.get("GITHUB_REF", ""))
    if match:
        return int(match.group(1))
    pull = event.get("pull_request")
    number = pull.get("number") if isinstance(pull, dict) else None
    return number if isinstance(number, int) else None


def detect_context(root: Path, env: Mapping[str, str] | None = None) -> RunContext:
    """SECOPS_REPO / GitHub Actions variables first, then git, then the directory name."""
    env = os.environ if env is None else env
    event = _event(env)
    remote = _git(root, "config", "--get", "remote.origin.url")
    repo = env.get("SECOPS_REPO") or env.get("GITHUB_REPOSITORY") or (remote and repo_from_remote(remote))
    commit = _git(root, "rev-parse", "HEAD") or env.get("GITHUB_SHA") or None
    branch = env.get("GITHUB_HEAD_REF") or env.get("GITHUB_REF_NAME") or _git(root, "rev-parse", "--abbrev-ref", "HEAD")
    repository = event.get("repository")
    default = repository.get("default_branch") if isinstance(repository, dict) else None
    if not isinstance(default, str):
        origin_head = _git(root, "symbolic-ref", "--short", "refs/remotes/origin/HEAD")
        default = origin_head.split("/", 1)[1] if origin_head and "/" in origin_head else None
    return RunContext(
        repo=repo or root.resolve().name,
        commit=commit,
        branch=None if branch == "HEAD" else branch,
        pr=_pr_number(env, event),
        default_branch=default,
    )


def kb_version() -> str:
    """The knowledge base's content hash, computed like `Corpus.version` without parsing every standard."""
    import hashlib

    from secops.knowledge.loader import relative, standard_files
    from secops.resources import knowledge_dir

    kb_dir = knowledge_dir()
    if not kb_dir.is_dir():
        return ""
    try:
        digest = hashlib.sha256()
        for path in standard_files(kb_dir):
            digest.update(f"{relative(path, kb_dir)}\0{hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    except OSError:
        return ""
    return digest.hexdigest()[:16]


def run_record(report: Report, context: RunContext, command: str = "scan", now: datetime | None = None) -> RunRecord:
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    findings = tuple(
        FindingRecord(
            fingerprint=t.finding.fingerprint,
            rule=t.finding.rule_id,
            severity=t.finding.severity.value,
            verdict=t.verdict.value,
            decided_by=t.decided_by,
            suppression=t.finding.suppression.kind.value if t.finding.suppression else None,
            path=t.finding.location.path,
        )
        for t in report.triaged
    )
    return RunRecord(
        run_id=uuid.uuid4().hex,
        time=stamp.isoformat().replace("+00:00", "Z"),
        repo=context.repo,
        commit=context.commit,
        branch=context.branch,
        pr=context.pr,
        default_branch=context.default_branch,
        mode=report.scan.mode,
        command=command,
        tool_version=report.tool_version,
        rules_version=report.scan.rules_version,
        kb_version=kb_version(),
        gate="pass" if report.gate.passed else "fail",
        findings=findings,
    )


def append_run(report: Report, location: str, command: str = "scan", store: HistoryStore | None = None) -> str:
    """Append this run to the history at `location`; returns where the record went."""
    from secops.history.stores import open_store

    root = Path(report.scan.root)
    target = store or open_store(location, root)
    return target.append(run_record(report, detect_context(root), command))
