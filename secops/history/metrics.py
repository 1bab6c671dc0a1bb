"""Metrics over the run history, computed in one streaming pass (docs/visibility.md explains each number).

Memory grows with the number of distinct findings (fingerprints), not with the number of runs or records:
each run line is parsed, folded into per-fingerprint state, and dropped.

A finding's life is followed on *tracking runs*: full scans that are not pull-request runs and ran on the
default branch (when the record knows it). It is *opened* the first time a tracking run reports it unsuppressed,
*fixed* when a later tracking run no longer reports it, *suppressed* when a later tracking run reports it
suppressed, and *reopened* if it comes back. The remediation clock starts when the fingerprint was first seen
in any run of that repository (SEC-VULN-3), pull-request runs included.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from secops.errors import UsageError
from secops.history.deadlines import Deadlines
from secops.history.interface import HUMAN_DECIDERS, HistoryStore
from secops.history.reader import Run, Warnings, read_runs
from secops.models import Severity, Verdict

BUCKET_SIZES = ("day", "week", "month")
SEVERITY_ORDER = tuple(s.value for s in Severity)
EVENTS = ("opened", "reopened", "fixed", "suppressed")
_TP, _FP, _REVIEW = Verdict.TRUE_POSITIVE.value, Verdict.FALSE_POSITIVE.value, Verdict.NEEDS_REVIEW.value
_NEW, _OPEN, _FIXED, _SUPPRESSED = 0, 1, 2, 3
_NOBODY = frozenset({None, "", "none"})  # decided_by values that carry no verdict worth comparing
_SINCE = re.compile(r"^(\d+)\s*([dwmy])$")
_SINCE_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
_DAY = 86400.0


# --- results ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SeverityTtr:
    """Time to remediate for one severity, against the knowledge base's deadline."""

    severity: str
    fixed: int  # findings fixed (gone from a later tracking run)
    mean_days: float | None
    p90_days: float | None
    deadline_days: float | None
    fixed_within_deadline: int
    open: int  # open at the end of the period
    overdue: int  # open and older than the deadline at `as_of`


@dataclass(frozen=True)
class RuleStats:
    rule: str
    severity: str  # as last reported
    total: int  # distinct findings
    suppressed: int
    true_positive: int

    @property
    def noise_rate(self) -> float:
        return self.suppressed / self.total if self.total else 0.0


@dataclass(frozen=True)
class Agreement:
    """Machine verdicts (offline rules or an LLM) against later human verdicts, for one decider."""

    decider: str  # offline | llm:<model> | all
    compared: int  # machine said TP or FP, then a human decided
    confirmed: int
    overturned: int
    fp_to_tp: int  # machine suppressed it, a human said it is real
    tp_to_fp: int
    deferred: int  # machine said needs_review, then a human decided

    @property
    def rate(self) -> float | None:
        return self.confirmed / self.compared if self.compared else None


@dataclass(frozen=True)
class Series:
    """Per bucket (a day, a Monday-started week or a month), per severity."""

    bucket: str
    buckets: tuple[str, ...]
    opened: dict[str, list[int]]  # opened + reopened
    closed: dict[str, list[int]]  # fixed + suppressed
    backlog: dict[str, list[int]]  # open at the end of each bucket


@dataclass(frozen=True)
class ScopeMetrics:
    """Everything for one repository, or for all of them (`scope == "all"`)."""

    scope: str
    runs: int
    tracking_runs: int
    finding_records: int
    first_run: str | None
    last_run: str | None
    distinct_findings: int
    open_now: int
    suppressed_now: int
    noise_by_kind: dict[str, int]  # suppression kind -> distinct findings whose last report was suppressed so
    rules: tuple[RuleStats, ...]  # every rule, most findings first
    agreement: tuple[Agreement, ...]  # "all" first
    human_sources: dict[str, int]  # human | github | memory -> verdicts compared
    ttr: tuple[SeverityTtr, ...]
    series: Series

    @property
    def noise_rate(self) -> float:
        return self.suppressed_now / self.distinct_findings if self.distinct_findings else 0.0

    def top_noise(self, limit: int = 10) -> list[RuleStats]:
        ranked = sorted((r for r in self.rules if r.suppressed), key=lambda r: (-r.suppressed, -r.noise_rate, r.rule))
        return ranked[:limit]

    def top_true_positive(self, limit: int = 10) -> list[RuleStats]:
        ranked = sorted((r for r in self.rules if r.true_positive), key=lambda r: (-r.true_positive, r.rule))
        return ranked[:limit]


@dataclass(frozen=True)
class Metrics:
    generated_at: str
    as_of: str
    since: str | None
    deadlines: dict[str, float]
    deadline_source: str
    all: ScopeMetrics
    repos: tuple[ScopeMetrics, ...]
    warnings: tuple[str, ...] = ()
    skipped_lines: int = 0

    def to_dict(self) -> dict[str, Any]:
        def scope(item: ScopeMetrics) -> dict[str, Any]:
            data = asdict(item)
            data["noise_rate"] = round(item.noise_rate, 4)
            data["rules"] = [{**asdict(r), "noise_rate": round(r.noise_rate, 4)} for r in item.rules]
            data["top_noise"] = [r.rule for r in item.top_noise()]
            data["top_true_positive"] = [r.rule for r in item.top_true_positive()]
            data["agreement"] = [{**asdict(a), "rate": a.rate} for a in item.agreement]
            return data

        return {
            "schema_version": 1,
            "generated_at": self.generated_at,
            "as_of": self.as_of,
            "since": self.since,
            "deadlines": {"days": self.deadlines, "source": self.deadline_source},
            "all": scope(self.all),
            "repos": [scope(r) for r in self.repos],
            "skipped_lines": self.skipped_lines,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class HumanVerdict:
    """A `.secops/triage.yaml` entry: `triage mark` (source human) or a GitHub dismissal (source github)."""

    verdict: str
    source: str
    day: str  # ISO date


@dataclass(frozen=True)
class HumanVerdicts:
    repo: str | None  # the repository the memory file belongs to (None: match fingerprints in any repository)
    entries: Mapping[str, HumanVerdict] = field(default_factory=dict)


# --- parsing options ----------------------------------------------------------------------------------------
def parse_since(text: str | None, now: datetime) -> datetime | None:
    """`90d`, `12w`, `6m`, `1y` before `now`, or an ISO date."""
    if not text:
        return None
    match = _SINCE.match(text.strip().lower())
    if match:
        return now - timedelta(days=int(match.group(1)) * _SINCE_DAYS[match.group(2)])
    try:
        return datetime.combine(date.fromisoformat(text.strip()), time(), UTC)
    except ValueError:
        hint = "use e.g. 90d, 12w, 6m, 1y or 2026-01-01"
        raise UsageError(f"--since {text!r} is not a period or a date", hint=hint) from None


def bucket_of(stamp: datetime, size: str) -> str:
    day = stamp.astimezone(UTC).date()
    if size == "day":
        return day.isoformat()
    if size == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return day.replace(day=1).isoformat()


def _next_bucket(start: date, size: str) -> date:
    if size == "day":
        return start + timedelta(days=1)
    if size == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def _percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of sorted values."""
    return values[max(0, math.ceil(fraction * len(values)) - 1)]


# --- streaming state ----------------------------------------------------------------------------------------
class _Track:
    """What we remember about one fingerprint in one repository."""

    __slots__ = ("first", "last", "state", "closed", "mv", "md", "mt", "hv", "hs", "ht")

    def __init__(self, first: float, last: dict[str, Any]) -> None:
        self.first = first  # epoch seconds of the first run that reported it
        self.last = last  # the latest finding record (rule, severity, verdict, suppression)
        self.state = _NEW
        self.closed = 0.0
        self.mv: str | None = None  # latest machine verdict before any human verdict
        self.md = ""  # its decider
        self.mt = 0.0  # when the machine first gave that verdict
        self.hv: str | None = None  # first human verdict seen in a run (decided_by memory/human)
        self.hs = ""
        self.ht = 0.0


class _Repo:
    __slots__ = ("name", "tracks", "open", "events", "runs", "tracking_runs", "records", "first", "last")

    def __init__(self, name: str) -> None:
        self.name = name
        self.tracks: dict[str, _Track] = {}
        self.open: set[str] = set()
        self.events: Counter[tuple[str, str, str]] = Counter()  # (bucket, severity, event)
        self.runs = 0
        self.tracking_runs = 0
        self.records = 0
        self.first: datetime | None = None
        self.last: datetime | None = None


def is_tracking(data: Mapping[str, Any]) -> bool:
    """A full scan, not for a pull request, on the default branch when the record names one."""
    if data.get("mode", "full") != "full" or data.get("pr") is not None:
        return False
    default = data.get("default_branch")
    return not default or data.get("branch") in (None, default)


class Accumulator:
    """Fold runs, in store order, into per-repository state."""

    def __init__(self, bucket: str = "week", warnings: Warnings | None = None) -> None:
        if bucket not in BUCKET_SIZES:
            raise UsageError(f"--bucket {bucket!r} is not one of {', '.join(BUCKET_SIZES)}")
        self.bucket = bucket
        self.warnings = warnings if warnings is not None else Warnings()
        self.repos: dict[str, _Repo] = {}

    def add(self, run: Run) -> None:
        data = run.data
        findings = data["findings"]
        try:  # before any state changes: a finding that is not an object or lacks a fingerprint skips the line
            current: dict[str, dict[str, Any]] = {f["fingerprint"]: f for f in findings}
        except (KeyError, TypeError) as exc:
            self.warnings.add(f"{run.where}: skipped a history line: malformed finding ({type(exc).__name__}: {exc})")
            return
        name = data["repo"]
        repo = self.repos.get(name)
        if repo is None:
            repo = self.repos[name] = _Repo(name)
        repo.runs += 1
        repo.records += len(findings)
        if repo.first is None or run.time < repo.first:
            repo.first = run.time
        if repo.last is None or run.time > repo.last:
            repo.last = run.time
        moment = run.time.timestamp()
        tracks = repo.tracks
        lookup, human, nobody = tracks.get, HUMAN_DECIDERS, _NOBODY  # locals: this loop runs once per record
        for fingerprint, finding in current.items():
            track = lookup(fingerprint)
            if track is None:
                track = tracks[fingerprint] = _Track(moment, finding)
            else:
                track.last = finding
            if track.hv is not None:
                continue  # a human has decided: later machine verdicts do not count
            decider = finding.get("decided_by")
            if decider in human:
                track.hv, track.hs, track.ht = finding.get("verdict"), decider, moment
            elif decider not in nobody:
                verdict = finding.get("verdict")
                if verdict != track.mv:
                    track.mv, track.md, track.mt = verdict, str(decider), moment
        if is_tracking(data):
            self._track(repo, current, run.time)

    def _track(self, repo: _Repo, current: dict[str, dict[str, Any]], stamp: datetime) -> None:
        repo.tracking_runs += 1
        active = {fp for fp, f in current.items() if f.get("suppression") is None}
        bucket = bucket_of(stamp, self.bucket)
        moment = stamp.timestamp()
        events = repo.events
        for fingerprint in active - repo.open:
            track = repo.tracks[fingerprint]
            event = "opened" if track.state == _NEW else "reopened"
            track.state = _OPEN
            events[(bucket, str(track.last.get("severity", "")), event)] += 1
        for fingerprint in repo.open - active:
            track = repo.tracks[fingerprint]
            suppressed = fingerprint in current
            track.state, track.closed = (_SUPPRESSED if suppressed else _FIXED), moment
            events[(bucket, str(track.last.get("severity", "")), "suppressed" if suppressed else "fixed")] += 1
        repo.open = active


# --- summaries ----------------------------------------------------------------------------------------------
def _severities(seen: Iterable[str]) -> list[str]:
    extra = sorted(set(seen) - set(SEVERITY_ORDER))
    return [*SEVERITY_ORDER, *extra]


def _series(repos: list[_Repo], size: str) -> Series:
    events: Counter[tuple[str, str, str]] = Counter()
    for repo in repos:
        events.update(repo.events)
    severities = _severities(key[1] for key in events)
    buckets: list[str] = []
    if events:
        start, end = date.fromisoformat(min(k[0] for k in events)), date.fromisoformat(max(k[0] for k in events))
        while start <= end:
            buckets.append(start.isoformat())
            start = _next_bucket(start, size)
    opened: dict[str, list[int]] = {}
    closed: dict[str, list[int]] = {}
    backlog: dict[str, list[int]] = {}
    for severity in severities:
        ups = [events[(b, severity, "opened")] + events[(b, severity, "reopened")] for b in buckets]
        downs = [events[(b, severity, "fixed")] + events[(b, severity, "suppressed")] for b in buckets]
        level, levels = 0, []
        for up, down in zip(ups, downs, strict=True):
            level += up - down
            levels.append(level)
        opened[severity], closed[severity], backlog[severity] = ups, downs, levels
    return Series(size, tuple(buckets), opened, closed, backlog)


def _human(track: _Track, fingerprint: str, memory: Mapping[str, HumanVerdict]) -> tuple[str | None, str, float]:
    entry = memory.get(fingerprint)
    if entry is not None:
        try:
            end = datetime.combine(date.fromisoformat(entry.day), time.max, UTC).timestamp()
        except ValueError:
            end = math.inf
        return entry.verdict, entry.source or "human", min(end, track.ht) if track.hv else end
    return track.hv, ("human" if track.hs in HUMAN_DECIDERS else track.hs), track.ht


def _agreement(rows: dict[str, list[int]]) -> tuple[Agreement, ...]:
    total = [sum(values) for values in zip(*rows.values(), strict=True)] if rows else [0] * 6
    ordered = [("all", total), *sorted(rows.items())]
    return tuple(Agreement(name, *values) for name, values in ordered)


def summarise(
    scope: str,
    repos: list[_Repo],
    deadlines: Deadlines,
    as_of: datetime,
    size: str,
    memory: HumanVerdicts | None = None,
) -> ScopeMetrics:
    kinds: Counter[str] = Counter()
    rules: dict[str, list[Any]] = {}  # rule -> [severity, total, suppressed, true_positive]
    agreement: dict[str, list[int]] = {}  # decider -> compared, confirmed, overturned, fp_to_tp, tp_to_fp, deferred
    sources: Counter[str] = Counter()
    fixed_days: dict[str, list[float]] = {}
    open_counts: Counter[str] = Counter()
    overdue: Counter[str] = Counter()
    now = as_of.timestamp()
    open_now = suppressed_now = distinct = 0
    for repo in repos:
        entries = memory.entries if memory and memory.repo in (None, repo.name) else {}
        distinct += len(repo.tracks)
        for fingerprint, track in repo.tracks.items():
            last = track.last
            severity = str(last.get("severity", ""))
            kind = last.get("suppression")
            rule = str(last.get("rule", ""))
            stats = rules.get(rule)
            if stats is None:
                stats = rules[rule] = [severity, 0, 0, 0]
            stats[0] = severity
            stats[1] += 1
            if kind is not None:
                kinds[str(kind)] += 1
                stats[2] += 1
                suppressed_now += 1
            human, source, human_time = _human(track, fingerprint, entries)
            if (human or last.get("verdict")) == _TP:
                stats[3] += 1
            if human is not None and track.mv is not None and track.mt <= human_time:
                row = agreement.setdefault(track.md, [0] * 6)
                sources[source] += 1
                if track.mv == _REVIEW or track.mv not in (_TP, _FP):
                    row[5] += 1
                else:
                    row[0] += 1
                    row[1 if human == track.mv else 2] += 1
                    if human != track.mv:
                        row[3 if track.mv == _FP else 4] += 1
            if track.state == _FIXED:
                fixed_days.setdefault(severity, []).append((track.closed - track.first) / _DAY)
            elif track.state == _OPEN:
                open_now += 1
                open_counts[severity] += 1
                limit = deadlines.for_severity(severity)
                if limit is not None and (now - track.first) / _DAY > limit:
                    overdue[severity] += 1
    ttr = []
    for severity in _severities([*fixed_days, *open_counts]):
        samples = sorted(fixed_days.get(severity, []))
        limit = deadlines.for_severity(severity)
        ttr.append(
            SeverityTtr(
                severity=severity,
                fixed=len(samples),
                mean_days=round(sum(samples) / len(samples), 2) if samples else None,
                p90_days=round(_percentile(samples, 0.9), 2) if samples else None,
                deadline_days=limit,
                fixed_within_deadline=sum(1 for s in samples if limit is None or s <= limit),
                open=open_counts[severity],
                overdue=overdue[severity],
            )
        )
    firsts = [r.first for r in repos if r.first is not None]
    lasts = [r.last for r in repos if r.last is not None]
    return ScopeMetrics(
        scope=scope,
        runs=sum(r.runs for r in repos),
        tracking_runs=sum(r.tracking_runs for r in repos),
        finding_records=sum(r.records for r in repos),
        first_run=min(firsts).isoformat() if firsts else None,
        last_run=max(lasts).isoformat() if lasts else None,
        distinct_findings=distinct,
        open_now=open_now,
        suppressed_now=suppressed_now,
        noise_by_kind=dict(kinds.most_common()),
        rules=tuple(
            sorted(
                (RuleStats(rule, s[0], s[1], s[2], s[3]) for rule, s in rules.items()),
                key=lambda r: (-r.total, r.rule),
            )
        ),
        agreement=_agreement(agreement),
        human_sources=dict(sources.most_common()),
        ttr=tuple(ttr),
        series=_series(repos, size),
    )


def compute_metrics(
    store: HistoryStore,
    deadlines: Deadlines,
    *,
    since: datetime | None = None,
    repo: str | None = None,
    bucket: str = "week",
    memory: HumanVerdicts | None = None,
    as_of: datetime | None = None,
    warnings: Warnings | None = None,
) -> Metrics:
    """One pass over the store, then per-repository and overall summaries."""
    sink = warnings if warnings is not None else Warnings()
    accumulator = Accumulator(bucket, sink)
    for run in read_runs(store, since, repo, sink):
        accumulator.add(run)
    now = datetime.now(UTC).replace(microsecond=0)
    as_of = as_of or now
    repos = [accumulator.repos[name] for name in sorted(accumulator.repos)]
    return Metrics(
        generated_at=now.isoformat(),
        as_of=as_of.isoformat(),
        since=since.isoformat() if since else None,
        deadlines=dict(deadlines.days),
        deadline_source=deadlines.source or deadlines.problem,
        all=summarise("all", repos, deadlines, as_of, bucket, memory),
        repos=tuple(summarise(r.name, [r], deadlines, as_of, bucket, memory) for r in repos),
        warnings=tuple(sink.summary()),
        skipped_lines=sink.count,
    )
