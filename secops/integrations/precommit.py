"""The pre-commit hook: scan the staged content of the passed files, block only by the gate."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from secops.errors import ExitCode, run_guarded

if TYPE_CHECKING:  # the policy and report stack loads while Semgrep runs (see secops/scan/early.py)
    from secops.models import TriagedFinding
    from secops.report.interface import Report

DEFAULT_BASELINE = Path(".secops") / "baseline.json"


def _line(triaged: TriagedFinding) -> str:
    finding = triaged.finding
    head = f"{finding.location}: {finding.severity.value.upper()} {finding.rule_id} [{triaged.verdict.value}]"
    detail = finding.message.split(". ")[0].rstrip(".")
    return f"  {head}\n    {detail}.\n    fingerprint {finding.fingerprint[:16]}"


def _report(report: Report, out: TextIO) -> None:
    blocking = {id(t) for t in report.gate.blocking}
    shown = [t for t in report.active if id(t) in blocking] + [t for t in report.active if id(t) not in blocking]
    if not shown:
        print(f"secops: no findings in the staged changes ({report.summary_line()})", file=out)
        return
    print("secops: findings in the staged changes", file=out)
    for triaged in shown[:20]:
        print(_line(triaged), file=out)
    if len(shown) > 20:
        print(f"  … {len(shown) - 20} more: run `secops scan --staged`", file=out)
    print(report.summary_line(), file=out)
    if report.gate.blocking:
        print(
            "To fix: follow each finding's guidance. If one is a false positive, record why:\n"
            '  secops triage mark <fingerprint> --false-positive --reason "<why this is safe>"\n'
            "or add `# secops: ignore[<rule-id>] -- <reason>` on the line. Then commit again.",
            file=out,
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="secops hook", description="pre-commit hook: scan staged changes")
    parser.add_argument("files", nargs="*", type=Path, help="files pre-commit passes (staged)")
    parser.add_argument(
        "--baseline", type=Path, default=None, help=f"baseline (default: {DEFAULT_BASELINE} if present)"
    )
    parser.add_argument("--fail-on", default=None, help="lowest severity that blocks (default: policy)")
    args = parser.parse_args(list(argv) if argv is not None else None)

    def body() -> int:
        from secops.scan.early import start_staged

        files = tuple(f for f in args.files if f.exists())
        if args.files and not files:
            return int(ExitCode.OK)  # only deletions staged
        with tempfile.TemporaryDirectory(prefix="secops-staged-") as staging:
            head_start = start_staged(Path.cwd(), Path(staging), files)
            from secops.commands.scan import ScanOptions, run_pipeline

            root = head_start.root
            baseline = args.baseline or (root / DEFAULT_BASELINE if (root / DEFAULT_BASELINE).is_file() else None)
            options = ScanOptions(
                paths=files, root=root, staged=True, baseline=baseline, fail_on=args.fail_on, standards=False
            )
            report, _policy = run_pipeline(options, head_start)
        _report(report, sys.stdout)
        return int(ExitCode.OK if report.gate.passed else ExitCode.BLOCKING)

    return run_guarded(body)


if __name__ == "__main__":
    raise SystemExit(main())
