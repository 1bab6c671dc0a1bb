"""`secops eval`: print corpus quality figures."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from secops.errors import ExitCode, UsageError
from secops.evaluation import evaluate_corpus


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def run_eval(corpus: Path, labels: Path | None, triage: bool, as_json: bool) -> int:
    if not corpus.is_dir():
        raise UsageError(f"corpus {corpus} is not a directory", hint="pass --corpus tests/corpus")
    report = evaluate_corpus(corpus, labels, triage)
    data = report.as_dict()
    if as_json:
        print(json.dumps(data, indent=2))
        return int(ExitCode.OK)
    table = Table(title=f"secops eval — {corpus}")
    for column in ("family", "vuln", "safe", "raw P", "raw R", "triaged P", "triaged R", "FP left", "TP suppressed"):
        table.add_column(column)
    for row in [*data["families"], data["total"]]:
        raw, tri = row["raw"], row["triaged"]
        table.add_row(
            row["family"], str(row["vulnerable"]), str(row["safe"]), _pct(raw["precision"]), _pct(raw["recall"]),
            _pct(tri["precision"]), _pct(tri["recall"]), f"{tri['fp']}/{raw['fp']}",
            str(tri["suppressed_true_positives"]),
        )  # fmt: skip
    console = Console(width=140)
    console.print(table)
    console.print(
        f"findings {data['findings']} (unlabelled {data['unlabelled_findings']}) · verdicts {data['verdicts']} · "
        f"false positives removed {_pct(data['false_positives_removed'])} · scan {data['scan_seconds']} s · "
        f"triage {data['triage_seconds']} s ({data['triage_findings_per_second']} findings/s)"
    )
    for item in data["suppressed_true_positives"]:
        console.print(f"[red]suppressed true positive:[/red] {item}")
    return int(ExitCode.OK)
