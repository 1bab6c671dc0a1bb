"""The assistant's latency, offline (extractive answers, embedded Chroma index, offline embedder).

- cold: `secops ask "..."` as a new process each time, the index already built (p50 wall and CPU seconds),
  served from the read replica (the default) and then with SECOPS_INDEX_REPLICA=off (through Chroma);
- warm: answers inside one process once the index is open, as in `secops chat` (p50 / p95 per answer,
  Markdown rendering included).

Targets: cold p50 <= 1.5 s on 2 cores; warm <= 300 ms per answer. Figures only: nothing asserts them.
Run: .venv/bin/python bench/ask_bench.py [--runs 7] [--questions 40]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import yaml
from _common import BIN, ENV, REPO, machine


def _questions(limit: int) -> list[str]:
    items = yaml.safe_load((REPO / "knowledge_base" / "eval" / "answers.yaml").read_text(encoding="utf-8"))
    return [str(item["q"]) for item in items][:limit]


def _run(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed with {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def cold(runs: int, questions: list[str], env: dict[str, str], cwd: Path) -> None:
    secops = str(BIN / "secops")
    first = _run([secops, "ask", questions[0]], env, cwd)
    print(f"first run (builds the index): {first[0]:.2f} s wall, {first[1]:.2f} s CPU")
    # Chroma last: opening it stamps chroma.sqlite3, so the next default run rewrites the replica first
    for label, extra in (("replica", {}), ("SECOPS_INDEX_REPLICA=off", {"SECOPS_INDEX_REPLICA": "off"})):
        timings = [_run([secops, "ask", questions[i % len(questions)]], {**env, **extra}, cwd) for i in range(runs)]
        walls, cpus = [t[0] for t in timings], [t[1] for t in timings]
        print(
            f"cold `secops ask`, {label} ({runs} runs): p50 {statistics.median(walls):.2f} s wall "
            f"(min {min(walls):.2f}, max {max(walls):.2f}); p50 {statistics.median(cpus):.2f} s CPU"
            "  [target <= 1.5 s]"
        )
        if not extra:
            out = _run([secops, "ask", "What's the office wifi password?"], env, cwd)
            print(f"cold `secops ask`, replica (declined question): {out[0]:.2f} s wall, {out[1]:.2f} s CPU")
    _run([secops, "ask", questions[0]], env, cwd)  # through Chroma once: the replica is current again


def warm(questions: list[str], env: dict[str, str]) -> None:
    os.environ.update({key: value for key, value in env.items() if key.startswith("SECOPS_")})
    from rich.console import Console
    from rich.markdown import Markdown

    from secops.assist import Conversation, answer
    from secops.knowledge.index import open_index

    started = time.perf_counter()
    index = open_index()
    answer(questions[0], index)
    print(f"chat start-up inside the process (open index, first answer): {time.perf_counter() - started:.2f} s")
    console = Console(file=io.StringIO(), width=100)
    conversation = Conversation()
    timings = []
    for question in questions:
        began = time.perf_counter()
        reply = answer(question, index, None, conversation.turns)
        console.print(Markdown(reply.text))
        timings.append(time.perf_counter() - began)
        conversation.add(question, reply)
    print(
        f"warm answers in chat ({len(timings)} questions): p50 {statistics.median(timings) * 1000:.0f} ms, "
        f"p95 {_percentile(timings, 0.95) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms  [target <= 300 ms]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--questions", type=int, default=74)
    args = parser.parse_args()
    questions = _questions(args.questions)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**ENV, "SECOPS_INDEX_DIR": str(work / "index"), "SECOPS_USER_DIR": str(work / "user")}
        env.pop("SECOPS_ASSIST_PROVIDER", None)
        env.pop("SECOPS_INDEX_REPLICA", None)
        cold(args.runs, questions, env, work)
        warm(questions, env)


if __name__ == "__main__":
    main()
