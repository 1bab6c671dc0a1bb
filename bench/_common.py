"""Shared helpers for the benchmark scripts: timing child processes with their peak memory."""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off", "NO_COLOR": "1"}


_GNU_TIME = Path("/usr/bin/time")


def timed(argv: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB) of one run of argv, output discarded.

    The peak comes from GNU time when installed: a child started straight from this process inherits the
    parent's peak in its rusage (vfork shares the parent's memory until exec), which is wrong for a bench
    process that has imported chromadb. Without GNU time the figure is an upper bound.
    """
    with tempfile.NamedTemporaryFile(prefix="bench-rss-") as rss:
        wrapper = [str(_GNU_TIME), "-f", "%M", "-o", rss.name] if _GNU_TIME.exists() else []
        started = time.perf_counter()
        proc = subprocess.Popen(
            [*wrapper, *argv], cwd=cwd, env=env or ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"{' '.join(argv)} failed with {os.waitstatus_to_exitcode(status)}")
        kib = Path(rss.name).read_text().strip().splitlines()[-1] if wrapper else ""
        return wall, (int(kib) if kib.isdigit() else usage.ru_maxrss) / 1024


def median_of(runs: int, argv: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    results = [timed(argv, cwd, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def paired(
    runs: int, baseline: Sequence[str], others: Sequence[Sequence[str]], cwd: Path
) -> tuple[tuple[float, float], list[tuple[tuple[float, float], float]]]:
    """The baseline and each other command, run in turn `runs` times (load drift hits them alike).

    Returns the baseline's (median wall, peak RSS) and, per other command, its (median wall, peak RSS) with
    the median over rounds of its wall time divided by the baseline's in the same round.
    """
    rounds = [[timed(argv, cwd) for argv in (baseline, *others)] for _ in range(runs)]
    base = [r[0] for r in rounds]
    summary = (statistics.median(w for w, _ in base), max(m for _, m in base))
    results = []
    for index in range(1, len(others) + 1):
        mine = [r[index] for r in rounds]
        ratio = statistics.median(r[index][0] / r[0][0] for r in rounds)
        results.append(((statistics.median(w for w, _ in mine), max(m for _, m in mine)), ratio))
    return summary, results


def machine() -> str:
    cpu = ""
    with contextlib.suppress(OSError, StopIteration):
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("model name"))
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"
