"""`secops scan` and `secops baseline create`."""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secops import __version__
from secops._subprocess import CommandError, run
from secops.errors import ExitCode, UsageError
from secops.gate import evaluate
from secops.models import ScanResult, ScanWarning, TriagedFinding
from secops.policy import Policy, load_policy
from secops.report.interface import OutputFormat, Report
from secops.scan.baseline import load_baseline, write_baseline
from secops.scan.early import HeadStart
from secops.scan.engine import ScanRequest, scan


@dataclass(frozen=True)
class ScanOptions:
    paths: tuple[Path, ...] = ()
    root: Path | None = None
    diff_base: str | None = None
    staged: bool = False
    baseline: Path | None = None
    extra_rules: tuple[Path, ...] = ()
    policy_file: Path | None = None
    fmt: OutputFormat = OutputFormat.TERMINAL
    outputs: dict[OutputFormat, Path] = field(default_factory=dict)
    fail_on: str | None = None
    triage: bool = True
    standards: bool = True  # retrieve related clauses from the knowledge index (the hook skips it for speed)
    # The decider (None: SECOPS_* environment, else the policy's `triage:` section); see docs/triage.md.
    decider: str | None = None  # offline | llm
    provider: str | None = None  # bedrock | openai | ollama | fake
    model: str | None = None
    max_llm_calls: int | None = None
    max_tokens: int | None = None
    llm_concurrency: int | None = None
    llm_cache: bool = True
    # --- run history (secops/history; docs/visibility.md) ---
    history: str | None = None  # DIR | s3://bucket/prefix (--history / SECOPS_HISTORY): append a run record


def resolve_root(paths: tuple[Path, ...], explicit: Path | None) -> Path:
    """--root, else the git work tree holding the first path, else that directory, else the cwd."""
    if explicit is not None:
        if not explicit.is_dir():
            raise UsageError(f"--root {explicit} is not a directory", hint="pass the repository's top directory")
        return explicit.resolve()
    anchor = paths[0] if paths else Path.cwd()
    if not anchor.exists():
        raise UsageError(f"path {anchor} does not exist", hint="pass existing files or directories to scan")
    directory = anchor if anchor.is_dir() else anchor.parent
    try:
        done = run(["git", "rev-parse", "--show-toplevel"], cwd=directory, timeout=30)
        if done.returncode == 0 and done.stdout.strip():
            return Path(done.stdout.strip()).resolve()
    except CommandError:
        pass  # no git: fall back to the directory itself
    return directory.resolve()


def _policy(options: ScanOptions, root: Path) -> Policy:
    policy = load_policy(root, options.policy_file)
    if options.fail_on:
        gate = policy.gate.model_validate({**policy.gate.model_dump(), "fail_on": options.fail_on})
        policy = policy.model_copy(update={"gate": gate})
    return policy


def run_pipeline(options: ScanOptions, head_start: HeadStart | None = None) -> tuple[Report, Policy]:
    root = resolve_root(options.paths, options.root)
    policy = _policy(options, root)
    baseline = load_baseline(options.baseline) if options.baseline else None
    with tempfile.TemporaryDirectory(prefix="secops-staged-") as staging:
        request = ScanRequest(
            root, options.paths, options.diff_base, options.staged, baseline, options.extra_rules,
            staging_dir=Path(staging), while_scanning=_load_triage if options.triage else None,
            head_start=head_start,
        )  # fmt: skip
        result = scan(request, policy)
        if options.triage and policy.triage.enabled:
            # Related clauses come from the index; a staged (pre-commit-sized) scan keeps to the rules' own clauses.
            wanted = options.standards and result.findings and result.mode != "staged"
            index, warning = open_index_or_warn() if wanted else (None, None)
            if warning is not None:
                result = dataclasses.replace(result, warnings=(*result.warnings, warning))
            triaged = triage_findings(result, policy, Path(result.root), index, options)
        else:
            triaged = untriaged(result)
    report = Report(result, tuple(triaged), evaluate(triaged, policy.gate), __version__)
    record_last_scan(report)
    return report, policy


def _load_triage(languages: frozenset[str]) -> None:
    from secops.report import json_report  # noqa: F401  (record_last_scan)
    from secops.triage.evidence import warm_up
    from secops.triage.run import triage_result  # noqa: F401

    warm_up(languages)


def untriaged(result: ScanResult) -> list[TriagedFinding]:
    return [TriagedFinding.untriaged(f, "triage skipped (--no-triage)") for f in result.findings]


def open_index_or_warn() -> tuple[Any, ScanWarning | None]:
    """The knowledge index for citing clauses; triage degrades to the rules' own clauses without it."""
    from secops.errors import KnowledgeError, ProviderError
    from secops.knowledge.index import open_index

    try:
        return open_index(), None
    except (KnowledgeError, ProviderError) as exc:
        return None, ScanWarning(
            "knowledge-index", f"standards lookup unavailable ({exc.message}); cited rule clauses only"
        )


def triage_findings(
    result: ScanResult, policy: Policy, root: Path, index: Any = None, options: ScanOptions | None = None
) -> list[TriagedFinding]:
    from secops.triage.run import resolve_decider, triage_result

    options = options or ScanOptions()
    decider = resolve_decider(policy.triage, options.decider)
    llm = None
    if decider == "llm":
        from secops.triage.llm import LlmSettings

        llm = LlmSettings.resolve(
            policy.triage, provider=options.provider, model=options.model, max_calls=options.max_llm_calls,
            max_tokens=options.max_tokens, concurrency=options.llm_concurrency, cache=options.llm_cache,
        )  # fmt: skip
    return triage_result(result, policy, root, index, decider=decider, llm=llm)


def record_last_scan(report: Report) -> None:
    """Keep the last results for `secops triage mark` and the assistant's /finding."""
    from secops.report import json_report

    state = Path(report.scan.root) / ".secops"
    try:
        state.mkdir(parents=True, exist_ok=True)
        ignore = state / ".gitignore"
        if not ignore.exists():  # triage.yaml and baseline.json are reviewed like code; the rest is local state
            ignore.write_text("last-scan.json\nindex/\ncache/\nhistory/\ncrash.log\n", encoding="utf-8")
        (state / "last-scan.json").write_text(json_report.render(report), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout still gets its report


def emit(report: Report, options: ScanOptions) -> None:
    for fmt, path in options.outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fmt.renderer()(report), encoding="utf-8")
    sys.stdout.write(options.fmt.renderer()(report))


def run_scan(options: ScanOptions) -> int:
    if options.staged and options.diff_base:
        raise UsageError("--staged and --diff cannot be combined", hint="use one of them")
    report, _policy_used = run_pipeline(options)
    emit(report, options)
    if options.history:  # --- run history: after the report, so a store failure never hides it ---
        from secops.history.context import append_run

        print(f"recorded this run in {append_run(report, options.history)}", file=sys.stderr)
    return int(ExitCode.OK if report.gate.passed else ExitCode.BLOCKING)


def run_baseline_create(options: ScanOptions, output: Path) -> int:
    report, _ = run_pipeline(options)
    count = write_baseline((t.finding for t in report.active), output)
    print(f"wrote {count} finding(s) to {output}")
    return int(ExitCode.OK)
