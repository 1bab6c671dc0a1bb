"""`secops metrics`, `secops dashboard`, `secops export securityhub|defectdojo` (docs/visibility.md)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from secops.errors import ExitCode, ProviderError, UsageError
from secops.history.metrics import HumanVerdict, HumanVerdicts, Metrics

if TYPE_CHECKING:
    from secops.export.defectdojo import DojoImport


@dataclass(frozen=True)
class HistoryQuery:
    history: str | None = None  # DIR | s3://bucket/prefix; None: <root>/.secops/history
    since: str | None = None  # 90d | 12w | 6m | 1y | YYYY-MM-DD
    repo: str | None = None
    bucket: str = "week"
    root: Path = Path(".")  # the checkout whose .secops/triage.yaml holds human verdicts


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _human_verdicts(root: Path) -> HumanVerdicts | None:
    from secops.history.context import detect_context
    from secops.triage.memory import MEMORY_FILE, Memory

    if not (root / MEMORY_FILE).is_file():
        return None
    memory = Memory.load(root)
    entries = {fp: HumanVerdict(e.verdict, e.source, e.date) for fp, e in memory.entries.items()}
    return HumanVerdicts(detect_context(root).repo, entries)


def load_metrics(query: HistoryQuery) -> Metrics:
    from secops.history.deadlines import load_deadlines
    from secops.history.local import LocalStore
    from secops.history.metrics import compute_metrics, parse_since
    from secops.history.reader import Warnings
    from secops.history.stores import open_store

    store = open_store(query.history, query.root)
    if isinstance(store, LocalStore) and not store.directory.is_dir():
        _warn(f"no history at {store.directory} yet (record runs with `secops scan --history DIR`)")
    deadlines = load_deadlines()
    if deadlines.problem:
        _warn(f"remediation deadlines unavailable: {deadlines.problem}")
    since = parse_since(query.since, datetime.now(UTC))
    return compute_metrics(
        store, deadlines, since=since, repo=query.repo, bucket=query.bucket,
        memory=_human_verdicts(query.root), warnings=Warnings(report=_warn),
    )  # fmt: skip


def run_metrics(query: HistoryQuery, as_json: bool) -> int:
    from secops.history.text import render_text

    metrics = load_metrics(query)
    if as_json:
        sys.stdout.write(json.dumps(metrics.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(render_text(metrics))
    return int(ExitCode.OK)


def run_dashboard(query: HistoryQuery, out: Path) -> int:
    from secops.history.dashboard import render_dashboard

    metrics = load_metrics(query)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_dashboard(metrics), encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}", hint="pass a writable --out path") from exc
    print(f"wrote {out} ({metrics.all.runs} runs, {len(metrics.repos)} repositories)")
    return int(ExitCode.OK)


def run_export_securityhub(
    results: Path,
    region: str | None,
    account: str | None,
    repo: str | None,
    dry_run: bool,
    out: Path | None,
) -> int:
    from secops import __version__
    from secops.export import securityhub as hub
    from secops.export.interface import result_context
    from secops.report.json_report import load_document

    scan, triaged = load_document(results)
    if dry_run and not account:
        raise UsageError("--dry-run needs --account (no AWS call is made to look it up)")
    if out is not None and not dry_run:
        raise UsageError("--out only applies with --dry-run")
    region = hub.resolve_region(region)
    account = account or hub.caller_account(region)
    context = result_context(scan.root, repo)
    asff_context = hub.AsffContext(region, account, context.repo, context.commit, __version__)
    findings = hub.to_asff_all(triaged, asff_context)
    if dry_run:
        document = hub.dry_run_document(findings)
        if out is None:
            sys.stdout.write(document)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(document, encoding="utf-8")
            print(f"wrote {len(findings)} ASFF finding(s) to {out} (dry run: nothing sent)")
        return int(ExitCode.OK)
    result = hub.send(hub.make_client(region), findings, asff_context)
    print(f"Security Hub ({region}, account {account}): imported {result.sent} of {len(findings)} finding(s)")
    if result.failed:
        shown = "; ".join(result.failed[:5])
        raise ProviderError(f"Security Hub rejected {len(result.failed)} finding(s)", hint=f"first: {shown}")
    return int(ExitCode.OK)


def run_export_defectdojo(sarif: Path, request: DojoImport) -> int:
    from secops.export.defectdojo import check_request, import_scan

    for warning in check_request(request):
        _warn(warning)
    result = import_scan(sarif, request)
    where = result.detail or f"engagement {request.engagement}"
    print(f"DefectDojo: imported {sarif} into {where}" + (f" ({result.sent} findings)" if result.sent else ""))
    return int(ExitCode.OK)
