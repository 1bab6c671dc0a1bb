"""`secops metrics` and `secops dashboard` over a generated history: wall and CPU seconds, peak RSS.

Target (docs/visibility.md): 1,000,000 finding records in <= 10 s and <= 1 GiB RSS on 2 cores.
The history is generated first (not timed): --records finding records in runs of --per-run findings across --repos
repositories over a year, with fixes, suppressions, human verdicts and pull-request runs.

Run: .venv/bin/python bench/metrics_bench.py [--records 1000000] [--per-run 100] [--repos 20] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, ENV, REPO, machine

sys.path.insert(0, str(REPO))
from tests.visibility.synthetic import generate  # noqa: E402 (after the path set-up)

TARGET_SECONDS = 10.0
TARGET_RSS_MIB = 1024.0


def measure(argv: list[str], cwd: Path) -> tuple[float, float, float]:
    """(wall s, CPU s = user + system, peak RSS MiB) of one run, output discarded."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        error = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed: {error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=1_000_000, help="finding records to generate (about)")
    parser.add_argument("--per-run", type=int, default=100, help="findings per default-branch run")
    parser.add_argument("--repos", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3, help="timed repetitions (median reported)")
    parser.add_argument("--keep", type=Path, help="generate into (and keep) this directory instead of a temp one")
    args = parser.parse_args()
    secops = str(BIN / "secops")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        history = args.keep or work / "history"
        if not any(history.glob("*.jsonl")):
            started = time.perf_counter()
            # Pull-request runs carry about half a run's findings; ~0.9 of --per-run records per run on average.
            runs = max(1, round(args.records / (args.per_run * 0.9)))
            records = generate(history, runs, findings_per_run=args.per_run, repos=args.repos)
            print(f"generated {records:,} finding records in {runs:,} runs ({time.perf_counter() - started:.1f} s)")
        size = sum(p.stat().st_size for p in history.glob("*.jsonl")) / 2**20
        print(f"machine: {machine()}")
        print(f"history: {history} ({size:.0f} MiB of JSON Lines)")
        rows = []
        for name, argv in (
            ("secops metrics --json", [secops, "metrics", "--history", str(history), "--json"]),
            ("secops metrics (text)", [secops, "metrics", "--history", str(history)]),
            ("secops dashboard", [secops, "dashboard", "--history", str(history), "--out", str(work / "d.html")]),
        ):
            results = [measure(argv, work) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in results)
            cpu = statistics.median(r[1] for r in results)
            rss = max(r[2] for r in results)
            rows.append((name, wall, cpu, rss))
        print(f"\n| command | wall s (median of {args.runs}) | CPU s | peak RSS MiB | target |")
        print("|---|---|---|---|---|")
        for name, wall, cpu, rss in rows:
            ok = wall <= TARGET_SECONDS and rss <= TARGET_RSS_MIB
            print(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {'ok' if ok else 'MISSED'} |")
        print("\nCPU s is user + system time: on a busy machine it is the better guide to what an idle runner sees.")


if __name__ == "__main__":
    main()
