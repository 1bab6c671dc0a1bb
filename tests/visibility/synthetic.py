"""A deterministic synthetic run history (used by the dashboard tests and bench/metrics_bench.py)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SEVERITIES = ("critical", "high", "medium", "low", "info")
_SEVERITY_WEIGHTS = (2, 10, 40, 30, 18)
_FIX_RATE = {"critical": 0.25, "high": 0.08, "medium": 0.03, "low": 0.01, "info": 0.005}
_KINDS = ("inline", "baseline", "policy")


def _new_finding(rng: random.Random, serial: int, repo: int) -> dict[str, Any]:
    severity = rng.choices(SEVERITIES, _SEVERITY_WEIGHTS)[0]
    rule = f"python.{rng.choice(('injection', 'crypto', 'web', 'secrets'))}.rule-{rng.randrange(40):02d}"
    roll = rng.random()
    decider = "offline" if rng.random() < 0.6 else "llm:fake-model"
    if roll < 0.5:
        verdict, suppression = "true_positive", None
    elif roll < 0.75:
        verdict, suppression = "false_positive", "triage"
    elif roll < 0.85:
        verdict, suppression, decider = "false_positive", rng.choice(_KINDS), "none"
    else:
        verdict, suppression = "needs_review", None
    return {
        "fingerprint": f"{repo:02d}{serial:014x}",
        "rule": rule,
        "severity": severity,
        "verdict": verdict,
        "decided_by": decider,
        "suppression": suppression,
        "path": f"src/module_{serial % 997}.py",
    }


def generate(
    directory: Path,
    runs: int,
    *,
    findings_per_run: int = 100,
    repos: int = 5,
    seed: int = 7,
    start: datetime = datetime(2025, 1, 6, tzinfo=UTC),
    days: int = 365,
) -> int:
    """Write `runs` run records as day files under `directory`; return the number of finding records."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    step = timedelta(days=days) / max(runs, 1)
    active: list[dict[str, dict[str, Any]]] = [{} for _ in range(repos)]
    serial = 0
    records = 0
    handle = None
    current_day = ""
    try:
        for index in range(runs):
            repo = index % repos
            stamp = start + step * index
            pool = active[repo]
            pr = rng.random() < 0.2
            if not pr:
                for fingerprint in [fp for fp, f in pool.items() if rng.random() < _FIX_RATE[f["severity"]]]:
                    del pool[fingerprint]
                while len(pool) < findings_per_run:
                    serial += 1
                    finding = _new_finding(rng, serial, repo)
                    pool[finding["fingerprint"]] = finding
                for finding in rng.sample(list(pool.values()), k=min(2, len(pool))):
                    if finding["decided_by"] not in ("memory", "none") and rng.random() < 0.5:
                        agree = rng.random() < 0.8
                        flipped = "true_positive" if finding["verdict"] != "true_positive" else "false_positive"
                        finding["verdict"] = finding["verdict"] if agree else flipped
                        finding["decided_by"] = "memory"
                        finding["suppression"] = "triage" if finding["verdict"] == "false_positive" else None
                findings = list(pool.values())
            else:
                findings = rng.sample(list(pool.values()), k=min(findings_per_run // 2, len(pool)))
                for _ in range(3):
                    serial += 1
                    findings.append(_new_finding(rng, serial, repo))
            record = {
                "schema_version": 1,
                "run_id": f"run{index:08d}",
                "time": stamp.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                "repo": f"acme/service-{repo:02d}",
                "commit": f"{index:040x}",
                "branch": f"feature-{index}" if pr else "main",
                "pr": index if pr else None,
                "default_branch": "main",
                "mode": "diff" if pr else "full",
                "command": "scan",
                "tool_version": "0.1.0",
                "rules_version": "bench",
                "kb_version": "bench",
                "gate": "fail",
                "findings": findings,
            }
            day = record["time"][:10]
            if day != current_day:
                if handle is not None:
                    handle.close()
                handle = (directory / f"{day}.jsonl").open("a", encoding="utf-8")
                current_day = day
            assert handle is not None
            handle.write(json.dumps(record, separators=(",", ":")) + "\n")
            records += len(findings)
    finally:
        if handle is not None:
            handle.close()
    return records
