"""What every exporter reports back, and the repository a result file belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from secops.history.context import RunContext, detect_context


@dataclass(frozen=True)
class ExportResult:
    target: str  # "securityhub:us-east-1" | the DefectDojo URL
    sent: int
    failed: tuple[str, ...] = ()  # "<id>: <code> <message>" per rejected finding
    detail: str = ""  # e.g. "test 12 in engagement 3"


def result_context(scan_root: str, repo: str | None) -> RunContext:
    """The repository of a result file: --repo, else detected at the scan root (if it is here), else the cwd."""
    root = Path(scan_root)
    context = detect_context(root if root.is_dir() else Path.cwd())
    return RunContext(repo or context.repo, context.commit, context.branch, context.pr, context.default_branch)
