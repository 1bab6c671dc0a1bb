"""Metrics from a hand-written history whose every number is worked out in the comments."""

from __future__ import annotations

import json
import shutil
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from secops.errors import UsageError
from secops.history.deadlines import Deadlines, load_deadlines, parse_deadline_table
from secops.history.interface import HistoryStore, RawLine, RunRecord
from secops.history.local import LocalStore
from secops.history.metrics import HumanVerdict, HumanVerdicts, Metrics, compute_metrics, parse_since
from secops.history.reader import Warnings
from tests.visibility.conftest import frec, record, write_history

AS_OF = datetime(2026, 2, 20, tzinfo=UTC)


def _history(directory: Path) -> None:
    a = frec("a", "high", rule="r.sql")
    b_fp = frec("b", "medium", rule="r.noisy", verdict="false_positive", decided_by="llm:m", suppression="triage")
    b_human = frec("b", "medium", rule="r.noisy", verdict="true_positive", decided_by="memory")
    c = frec("c", "low", rule="r.sql")
    d_review = frec("d", "critical", rule="r.crit", verdict="needs_review")
    d_human = frec("d", "critical", rule="r.crit", verdict="true_positive", decided_by="memory")
    e = frec("e", "high", rule="r.noisy")
    e_inline = frec("e", "high", rule="r.noisy", verdict="false_positive", decided_by="none", suppression="inline")
    write_history(
        directory,
        [
            record("2026-01-05T00:00:00Z", [a, b_fp, c, d_review]),  # opens a, c, d (b is suppressed)
            record("2026-01-06T00:00:00Z", [e], pr=7, mode="diff", branch="feat"),  # PR: e first seen, opens nothing
            record("2026-01-07T00:00:00Z", [a], repo="acme/other"),
            record("2026-01-12T00:00:00Z", [a, b_fp, d_human, e]),  # opens e, fixes c (7 days)
            record("2026-01-19T00:00:00Z", [b_human, d_human, e_inline]),  # opens b, fixes a (14 d), suppresses e
            record("2026-01-26T00:00:00Z", [b_human, c, d_human, e_inline]),  # reopens c
        ],
    )


def _deadlines() -> Deadlines:
    return Deadlines({"critical": 7.0, "high": 30.0, "medium": 90.0, "low": 180.0}, "test")


@pytest.fixture
def metrics(tmp_path: Path) -> Metrics:
    _history(tmp_path)
    memory = HumanVerdicts("acme/shop", {"a": HumanVerdict("true_positive", "github", "2026-01-20")})
    return compute_metrics(LocalStore(tmp_path), _deadlines(), memory=memory, as_of=AS_OF)


def test_lifecycle_series_by_severity(metrics: Metrics) -> None:
    shop = next(r for r in metrics.repos if r.scope == "acme/shop")
    series = shop.series
    assert series.buckets == ("2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26")
    assert series.opened["high"] == [1, 1, 0, 0] and series.closed["high"] == [0, 0, 2, 0]
    assert series.backlog["high"] == [1, 2, 0, 0]
    assert series.opened["low"] == [1, 0, 0, 1] and series.closed["low"] == [0, 1, 0, 0]
    assert series.backlog["critical"] == [1, 1, 1, 1] and series.backlog["medium"] == [0, 0, 1, 1]
    assert (shop.runs, shop.tracking_runs, shop.finding_records) == (5, 4, 16)
    assert (shop.distinct_findings, shop.open_now, shop.suppressed_now) == (5, 3, 1)


def test_time_to_remediate_against_deadlines(metrics: Metrics) -> None:
    shop = next(r for r in metrics.repos if r.scope == "acme/shop")
    ttr = {row.severity: row for row in shop.ttr}
    high = ttr["high"]  # a: first seen 01-05, gone on 01-19; e was suppressed, not fixed
    assert (high.fixed, high.mean_days, high.p90_days, high.deadline_days, high.fixed_within_deadline) == (
        1, 14.0, 14.0, 30.0, 1,
    )  # fmt: skip
    assert ttr["low"].fixed == 0 and ttr["low"].open == 1  # c was fixed then came back: open again
    assert (ttr["critical"].open, ttr["critical"].overdue) == (1, 1)  # d: 46 days old on 02-20, deadline 7
    assert (ttr["medium"].open, ttr["medium"].overdue) == (1, 0)


def test_noise_by_reason_and_rule(metrics: Metrics) -> None:
    shop = next(r for r in metrics.repos if r.scope == "acme/shop")
    assert shop.noise_by_kind == {"inline": 1} and shop.noise_rate == pytest.approx(0.2)
    rules = {r.rule: r for r in shop.rules}
    assert (rules["r.noisy"].total, rules["r.noisy"].suppressed, rules["r.noisy"].true_positive) == (2, 1, 1)
    assert rules["r.sql"].true_positive == 2 and rules["r.sql"].suppressed == 0
    assert [r.rule for r in shop.top_noise()] == ["r.noisy"]
    assert [r.rule for r in shop.top_true_positive()] == ["r.sql", "r.crit", "r.noisy"]


def test_agreement_between_triage_and_later_humans(metrics: Metrics) -> None:
    shop = next(r for r in metrics.repos if r.scope == "acme/shop")
    rows = {a.decider: a for a in shop.agreement}
    # b: the LLM said FP, a human later said TP. d: needs_review, then a human. a: offline TP, confirmed on GitHub.
    assert (rows["llm:m"].compared, rows["llm:m"].overturned, rows["llm:m"].fp_to_tp) == (1, 1, 1)
    assert (rows["offline"].compared, rows["offline"].confirmed, rows["offline"].deferred) == (1, 1, 1)
    assert (rows["all"].compared, rows["all"].confirmed, rows["all"].rate) == (2, 1, 0.5)
    assert shop.human_sources == {"human": 2, "github": 1}
    other = next(r for r in metrics.repos if r.scope == "acme/other")  # the memory file is acme/shop's
    assert other.agreement[0].compared == 0


def test_all_scope_sums_the_repositories(metrics: Metrics) -> None:
    assert metrics.all.runs == 6 and metrics.all.distinct_findings == 6
    assert [r.scope for r in metrics.repos] == ["acme/other", "acme/shop"]
    assert metrics.all.series.opened["high"] == [2, 1, 0, 0]  # acme/other opened its own `a` that week
    document = json.loads(json.dumps(metrics.to_dict()))
    assert document["all"]["top_noise"] == ["r.noisy"] and document["deadlines"]["days"]["high"] == 30.0


def test_since_and_repo_filters(tmp_path: Path) -> None:
    _history(tmp_path)
    since = datetime(2026, 1, 12, tzinfo=UTC)
    result = compute_metrics(LocalStore(tmp_path), _deadlines(), since=since, repo="acme/shop", as_of=AS_OF)
    assert [r.scope for r in result.repos] == ["acme/shop"] and result.all.runs == 3
    high = next(row for row in result.all.ttr if row.severity == "high")
    assert high.mean_days == 7.0  # a is first seen on 01-12 inside the window


def test_malformed_findings_skip_the_whole_line(tmp_path: Path) -> None:
    write_history(tmp_path, [record("2026-01-05T00:00:00Z", [frec("a"), {"rule": "no fingerprint"}])])
    messages: list[str] = []
    result = compute_metrics(LocalStore(tmp_path), _deadlines(), warnings=Warnings(report=messages.append))
    assert result.all.runs == 0 and result.skipped_lines == 1
    assert "2026-01-05.jsonl:1: skipped a history line: malformed finding" in messages[0]


def test_empty_history(tmp_path: Path) -> None:
    result = compute_metrics(LocalStore(tmp_path / "none"), _deadlines(), as_of=AS_OF)
    assert result.all.runs == 0 and result.repos == () and result.all.series.buckets == ()
    assert result.all.agreement[0].rate is None


@pytest.mark.parametrize(
    ("text", "expected"), [("90d", date(2026, 1, 30)), ("2w", date(2026, 4, 16)), ("2026-01-02", date(2026, 1, 2))]
)
def test_parse_since(text: str, expected: date) -> None:
    since = parse_since(text, datetime(2026, 4, 30, tzinfo=UTC))
    assert since is not None and since.date() == expected


def test_bad_since_and_bucket_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--since"):
        parse_since("last tuesday", AS_OF)
    with pytest.raises(UsageError, match="--bucket"):
        compute_metrics(LocalStore(tmp_path), _deadlines(), bucket="hour")


def test_deadlines_come_from_the_knowledge_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repo_root: Path
) -> None:
    bundled = load_deadlines()
    assert bundled.days == {"critical": 7.0, "high": 30.0, "medium": 90.0, "low": 180.0}
    assert bundled.source.startswith("SEC-VULN-2 (")
    kb = tmp_path / "kb"
    shutil.copytree(repo_root / "knowledge_base", kb)
    standard = kb / "standards" / "vulnerability-management.md"
    standard.write_text(standard.read_text().replace("| High | 30 calendar days |", "| High | 45 calendar days |"))
    monkeypatch.setenv("SECOPS_KB_DIR", str(kb))
    assert load_deadlines().days["high"] == 45.0


def test_deadline_table_variants() -> None:
    table = "| Severity | Deadline |\n|---|---|\n| **Critical** | 24 hours |\n| High | 2 weeks |\n| Info | none |\n"
    assert parse_deadline_table(table) == {"critical": 1.0, "high": 14.0}
    assert load_deadlines(Path("/does/not/exist")).problem.startswith("knowledge base unavailable")


class _GeneratedStore(HistoryStore):
    """Lines made on demand and never kept: what the accumulator holds is all that stays in memory."""

    location = "generated"

    def __init__(self, runs: int, per_run: int) -> None:
        self.runs, self.per_run = runs, per_run

    def append(self, record: RunRecord) -> str:
        raise NotImplementedError

    def lines(self, since: date | None = None, repo: str | None = None) -> Iterator[RawLine]:
        for index in range(self.runs):
            stamp = f"2026-01-{1 + index % 28:02d}T{index % 24:02d}:00:00Z"
            findings = [frec(f"fp{(index // 50) * 10 + k}") for k in range(self.per_run)]
            yield RawLine("generated", index + 1, json.dumps(record(stamp, findings)).encode())


def test_memory_grows_with_distinct_findings_not_records() -> None:
    tracemalloc.start()
    try:
        result = compute_metrics(_GeneratedStore(600, 50), _deadlines())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.all.finding_records == 30_000 and result.all.distinct_findings == 160
    # Keeping the records would take ~20 MB; the state for 160 fingerprints and one parsed line is far less.
    assert peak < 4 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for 30k records"
