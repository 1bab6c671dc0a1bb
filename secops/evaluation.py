"""`secops eval`: raw and triaged precision/recall per family on a labelled corpus."""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from secops.errors import ConfigError
from secops.models import TriagedFinding

LABELS_FILE = "labels.csv"
_TRUE = {"true", "yes", "1", "y"}


@dataclass(frozen=True)
class Label:
    path: str  # relative to the corpus root
    line: int  # 0: anywhere in the file (expectedresults format)
    family: str
    cwe: str
    vulnerable: bool
    reason: str = ""


@dataclass
class FamilyScore:
    family: str
    vulnerable: int = 0
    safe: int = 0
    raw_tp: int = 0
    raw_fp: int = 0
    triaged_tp: int = 0
    triaged_fp: int = 0
    suppressed_tp: int = 0

    @staticmethod
    def _ratio(num: int, den: int) -> float | None:
        return round(num / den, 3) if den else None

    def as_dict(self) -> dict[str, Any]:
        fn_raw = self.vulnerable - self.raw_tp
        fn_triaged = self.vulnerable - self.triaged_tp
        return {
            "family": self.family,
            "vulnerable": self.vulnerable,
            "safe": self.safe,
            "raw": {
                "tp": self.raw_tp,
                "fp": self.raw_fp,
                "fn": fn_raw,
                "precision": self._ratio(self.raw_tp, self.raw_tp + self.raw_fp),
                "recall": self._ratio(self.raw_tp, self.vulnerable),
            },
            "triaged": {
                "tp": self.triaged_tp,
                "fp": self.triaged_fp,
                "fn": fn_triaged,
                "precision": self._ratio(self.triaged_tp, self.triaged_tp + self.triaged_fp),
                "recall": self._ratio(self.triaged_tp, self.vulnerable),
                "suppressed_true_positives": self.suppressed_tp,
            },
        }


@dataclass
class EvalReport:
    families: dict[str, FamilyScore]
    verdicts: Counter[str]
    unlabelled: int
    scan_seconds: float
    triage_seconds: float
    findings: int
    suppressed_true_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    noisy: list[str] = field(default_factory=list)

    def totals(self) -> FamilyScore:
        total = FamilyScore("all")
        for score in self.families.values():
            for name in ("vulnerable", "safe", "raw_tp", "raw_fp", "triaged_tp", "triaged_fp", "suppressed_tp"):
                setattr(total, name, getattr(total, name) + getattr(score, name))
        return total

    def as_dict(self) -> dict[str, Any]:
        total = self.totals()
        removed = (total.raw_fp - total.triaged_fp) / total.raw_fp if total.raw_fp else None
        return {
            "families": [s.as_dict() for s in sorted(self.families.values(), key=lambda s: s.family)],
            "total": total.as_dict(),
            "false_positives_removed": round(removed, 3) if removed is not None else None,
            "suppressed_true_positives": self.suppressed_true_positives,
            "verdicts": dict(self.verdicts),
            "unlabelled_findings": self.unlabelled,
            "findings": self.findings,
            "scan_seconds": round(self.scan_seconds, 2),
            "triage_seconds": round(self.triage_seconds, 3),
            "triage_findings_per_second": round(self.findings / self.triage_seconds, 1)
            if self.triage_seconds
            else None,
            "missed": self.missed,
            "noisy": self.noisy,
        }


def load_labels(path: Path) -> list[Label]:
    """Our `labels.csv` (path,line,family,cwe,vulnerable,reason) or a public suite's `expectedresults` CSV."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read labels file {path}: {exc.strerror}", hint="pass --labels FILE") from exc
    rows = list(csv.reader(line for line in text.splitlines() if line.strip()))
    if not rows:
        raise ConfigError(f"labels file {path} is empty", where=f"{path}:1")
    if rows[0][:2] == ["path", "line"]:
        return [_label(path, number, row) for number, row in enumerate(rows[1:], 2)]
    return _expected_results(path, rows)


def _label(path: Path, number: int, row: list[str]) -> Label:
    try:
        file, line, family, cwe, vulnerable = row[:5]
        return Label(file, int(line), family, cwe.upper(), vulnerable.strip().lower() in _TRUE, ",".join(row[5:]))
    except ValueError as exc:
        raise ConfigError(
            f"bad label row: {exc}", where=f"{path}:{number}", hint="columns: path,line,family,cwe,vulnerable,reason"
        ) from exc


def _expected_results(path: Path, rows: list[list[str]]) -> list[Label]:
    """`# test name, category, real vulnerability, cwe, ...`: matched by file name and CWE."""
    labels = []
    for number, row in enumerate(rows, 1):
        if not row or row[0].lstrip().startswith("#"):
            continue
        try:
            name, category, real, cwe = (cell.strip() for cell in row[:4])
        except ValueError as exc:
            raise ConfigError(
                "bad expectedresults row", where=f"{path}:{number}", hint="test,category,real,cwe"
            ) from exc
        labels.append(Label(name, 0, category, f"CWE-{cwe.removeprefix('CWE-')}", real.lower() in _TRUE))
    return labels


def _matches(label: Label, triaged: TriagedFinding, family_of: dict[str, str]) -> bool:
    finding = triaged.finding
    loc = finding.location
    if label.line == 0:  # expectedresults: the file's stem is the test name
        return PurePosixPath(loc.path).stem == label.path and label.cwe in finding.cwe
    if loc.path != label.path or not loc.start_line <= label.line <= max(loc.end_line, loc.start_line):
        return False
    family = finding.family or family_of.get(finding.rule_id, "")
    return family == label.family or label.cwe in finding.cwe


def score(labels: Sequence[Label], triaged: Sequence[TriagedFinding], scan_s: float, triage_s: float) -> EvalReport:
    families: dict[str, FamilyScore] = {}
    matched_findings: set[int] = set()
    report = EvalReport(families, Counter(t.verdict.value for t in triaged), 0, scan_s, triage_s, len(triaged))
    by_path: dict[str, list[tuple[int, TriagedFinding]]] = defaultdict(list)
    for index, item in enumerate(triaged):
        key = (
            item.finding.location.path if labels and labels[0].line else PurePosixPath(item.finding.location.path).stem
        )
        by_path[key].append((index, item))
    for label in labels:
        family = families.setdefault(label.family, FamilyScore(label.family))
        hits = [(i, t) for i, t in by_path.get(label.path, []) if _matches(label, t, {})]
        matched_findings.update(i for i, _ in hits)
        active = [t for _, t in hits if t.active]
        where = f"{label.path}:{label.line}" if label.line else label.path
        if label.vulnerable:
            family.vulnerable += 1
            family.raw_tp += bool(hits)
            family.triaged_tp += bool(active)
            if hits and not active:
                family.suppressed_tp += 1
                reasons = "; ".join(t.finding.suppression.justification for _, t in hits if t.finding.suppression)
                report.suppressed_true_positives.append(f"{where} ({label.family}): {reasons}")
            if not hits:
                report.missed.append(f"{where} ({label.family}, {label.reason})")
        else:
            family.safe += 1
            family.raw_fp += bool(hits)
            family.triaged_fp += bool(active)
            if active:
                report.noisy.append(f"{where} ({label.family}, {label.reason}): {active[0].justification}")
    report.unlabelled = len(triaged) - len(matched_findings)
    return report


def evaluate_corpus(corpus: Path, labels_path: Path | None, triage: bool) -> EvalReport:
    """Scan the corpus with the bundled rules, triage offline, and score against the labels."""
    from secops.commands.scan import ScanOptions, run_pipeline

    labels = load_labels(labels_path or corpus / LABELS_FILE)
    with tempfile.TemporaryDirectory(prefix="secops-eval-") as tmp:
        # A copy outside any git work tree: rules' `paths:` filters must see corpus-relative paths, not the
        # checkout's (a corpus kept under tests/ would otherwise hit every `**/tests/**` exclusion).
        root = Path(tmp) / "corpus"
        shutil.copytree(corpus, root, symlinks=True)
        started = time.perf_counter()
        report, _ = run_pipeline(ScanOptions(paths=(root,), root=root, triage=False))
        scanned = time.perf_counter()
        triaged: Sequence[TriagedFinding] = report.triaged
        if triage:
            from secops.policy import load_policy
            from secops.triage.run import triage_result

            triaged = triage_result(report.scan, load_policy(root), root)
        done = time.perf_counter()
    return score(labels, triaged, scanned - started, done - scanned)
