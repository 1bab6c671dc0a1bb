"""`secops metrics` as plain text: the same numbers as `--json` and the dashboard, in a terminal-sized form."""

from __future__ import annotations

from secops.history.metrics import Metrics, ScopeMetrics


def _days(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _scope_text(scope: ScopeMetrics, recent: int) -> list[str]:
    out = [
        f"== {'all repositories' if scope.scope == 'all' else scope.scope} ==",
        f"runs {scope.runs} ({scope.tracking_runs} tracking) · {scope.finding_records} finding records · "
        f"{scope.distinct_findings} distinct · {scope.open_now} open · "
        f"noise {_pct(scope.suppressed_now, scope.distinct_findings)}",
        "",
        "time to remediate (days from first detection)",
        f"  {'severity':<10}{'fixed':>7}{'mean':>8}{'p90':>8}{'deadline':>10}{'within':>8}{'open':>7}{'overdue':>9}",
    ]
    out.extend(
        f"  {row.severity:<10}{row.fixed:>7}{_days(row.mean_days):>8}{_days(row.p90_days):>8}"
        f"{_days(row.deadline_days):>10}{_pct(row.fixed_within_deadline, row.fixed):>8}"
        f"{row.open:>7}{row.overdue:>9}"
        for row in scope.ttr
    )
    series = scope.series
    if series.buckets:
        out += ["", f"opened / closed per {series.bucket} (last {min(recent, len(series.buckets))})"]
        for index in range(max(0, len(series.buckets) - recent), len(series.buckets)):
            cells = " ".join(
                f"{sev}+{series.opened[sev][index]}/-{series.closed[sev][index]}"
                for sev in series.opened
                if series.opened[sev][index] or series.closed[sev][index]
            )
            out.append(f"  {series.buckets[index]}  {cells or '-'}")
    out += ["", "noise by reason (distinct findings suppressed)"]
    out += [
        f"  {kind:<10}{count:>7}  {_pct(count, scope.distinct_findings)}" for kind, count in scope.noise_by_kind.items()
    ] or ["  nothing suppressed"]
    out += ["", "triage vs later human verdicts"]
    rows = [a for a in scope.agreement if a.compared or a.deferred]
    out += [
        f"  {a.decider:<24} compared {a.compared:<6} confirmed {a.confirmed:<6} overturned {a.overturned:<5} "
        f"(FP→TP {a.fp_to_tp}, TP→FP {a.tp_to_fp}) needs_review→decided {a.deferred}  agreement "
        f"{'-' if a.rate is None else f'{100 * a.rate:.1f}%'}"
        for a in rows
    ] or ["  no human verdict has followed a triage verdict yet"]
    out += ["", "top rules by noise"]
    out += [f"  {r.rule:<60} {r.suppressed:>5}/{r.total:<5} {100 * r.noise_rate:.0f}%" for r in scope.top_noise()] or [
        "  none"
    ]
    out += ["", "top rules by true positives"]
    out += [f"  {r.rule:<60} {r.true_positive:>5}/{r.total}" for r in scope.top_true_positive()] or ["  none"]
    return out


def render_text(metrics: Metrics, recent: int = 8) -> str:
    head = [
        f"secops metrics · as of {metrics.as_of}" + (f" · since {metrics.since[:10]}" if metrics.since else ""),
        f"deadlines: {', '.join(f'{k} {v:g}d' for k, v in metrics.deadlines.items()) or 'none'}"
        f" ({metrics.deadline_source or 'no source'})",
    ]
    if metrics.skipped_lines:
        head.append(f"skipped {metrics.skipped_lines} corrupt history line(s)")
    if metrics.all.runs == 0:
        return "\n".join([*head, "", "no runs in the history (record some with `secops scan --history ...`)"]) + "\n"
    lines = [*head, "", *_scope_text(metrics.all, recent)]
    if len(metrics.repos) > 1:
        lines += ["", "per repository:"]
        lines += [
            f"  {r.scope:<40} runs {r.runs:<6} open {r.open_now:<6} noise {_pct(r.suppressed_now, r.distinct_findings)}"
            for r in metrics.repos
        ]
    return "\n".join(lines) + "\n"
