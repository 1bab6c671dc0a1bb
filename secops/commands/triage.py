"""`secops triage`: re-triage saved results, and keep human verdicts as reviewable memory."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from secops import __version__
from secops._subprocess import CommandError, run
from secops.errors import ExitCode, UsageError
from secops.gate import evaluate
from secops.models import Finding, Verdict
from secops.policy import load_policy
from secops.report.interface import OutputFormat, Report
from secops.report.json_report import load_document
from secops.triage.memory import Memory

LAST_SCAN = Path(".secops") / "last-scan.json"


def retriage(results: Path, fmt: OutputFormat, outputs: dict[OutputFormat, Path]) -> int:
    from secops.triage.run import triage_result

    scan, _old = load_document(results)
    root = Path(scan.root)
    if not root.is_dir():
        raise UsageError(
            f"the scanned root {root} recorded in {results} is not here", hint="re-triage where you scanned"
        )
    policy = load_policy(root)
    fresh = [f.replace(suppression=None) if _triage_suppressed(f) else f for f in scan.findings]
    triaged = triage_result(dataclasses.replace(scan, findings=tuple(fresh)), policy, root)
    report = Report(scan, tuple(triaged), evaluate(triaged, policy.gate), __version__)
    for out_fmt, path in outputs.items():
        path.write_text(out_fmt.renderer()(report), encoding="utf-8")
    sys.stdout.write(fmt.renderer()(report))
    return int(ExitCode.OK if report.gate.passed else ExitCode.BLOCKING)


def _triage_suppressed(finding: Finding) -> bool:
    return finding.suppression is not None and finding.suppression.kind.value == "triage"


def _author(root: Path) -> str:
    parts = []
    for key in ("user.name", "user.email"):
        try:
            done = run(["git", "config", key], cwd=root, timeout=10)
        except CommandError:
            continue
        if done.returncode == 0 and done.stdout.strip():
            parts.append(done.stdout.strip())
    return " ".join(f"<{p}>" if "@" in p else p for p in parts) or "unknown"


def _find(root: Path, fingerprint: str, results: Path | None) -> Finding:
    source = results or root / LAST_SCAN
    if not source.is_file():
        raise UsageError(
            f"no scan results at {source}",
            hint="run `secops scan` first, or pass --results FILE from `secops scan --json`",
        )
    _scan, triaged = load_document(source)
    matches = [t.finding for t in triaged if t.finding.fingerprint.startswith(fingerprint)]
    if len(matches) != 1:
        problem = "no finding has" if not matches else f"{len(matches)} findings share"
        raise UsageError(
            f"{problem} fingerprint {fingerprint!r} in {source}", hint="copy the fingerprint from the report"
        )
    return matches[0]


def mark(root: Path, fingerprint: str, verdict: Verdict, reason: str, results: Path | None) -> int:
    if len(reason.strip()) < 10:
        raise UsageError("a triage verdict needs a reason of at least ten characters", hint='--reason "why"')
    finding = _find(root, fingerprint, results)
    memory = Memory.load(root)
    entry = memory.mark(finding, verdict, reason.strip(), _author(root))
    memory.save()
    print(f"recorded {entry.verdict} for {finding.rule_id} at {finding.location} in {memory.path}")
    return int(ExitCode.OK)


def list_entries(root: Path) -> int:
    memory = Memory.load(root)
    for entry in sorted(memory.entries.values(), key=lambda e: (e.path, e.rule_id)):
        print(f"{entry.fingerprint[:12]}  {entry.verdict:<15} {entry.path}  {entry.rule_id}  — {entry.reason}")
    if not memory.entries:
        print(f"no triage verdicts in {memory.path}")
    return int(ExitCode.OK)


def show(root: Path, fingerprint: str) -> int:
    memory = Memory.load(root)
    entry = next((e for k, e in memory.entries.items() if k.startswith(fingerprint)), None)
    if entry is None:
        raise UsageError(f"no triage verdict for {fingerprint!r}", hint="see `secops triage list`")
    for key, value in memory.as_dicts()[list(memory.entries).index(entry.fingerprint)].items():
        print(f"{key:>12}: {value}")
    return int(ExitCode.OK)


def forget(root: Path, fingerprint: str) -> int:
    memory = Memory.load(root)
    keys = [k for k in memory.entries if k.startswith(fingerprint)]
    if len(keys) != 1:
        raise UsageError(f"{len(keys)} triage verdicts match {fingerprint!r}", hint="give more of the fingerprint")
    memory.forget(keys[0])
    memory.save()
    print(f"forgot {keys[0]}")
    return int(ExitCode.OK)
