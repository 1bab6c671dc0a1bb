"""`secops dashboard`: one self-contained HTML page (inline CSS, SVG drawn here, a little inline JS; no network).

Every scope (all repositories, then each repository) is a `<section class="scope" data-repo="…">`; elements that
belong to one severity carry `data-severity`. The script only shows and hides them (filters by repository and
severity, mirrored in the URL fragment: `#repo=acme%2Fshop&severity=critical,high`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from secops.history.metrics import Agreement, Metrics, RuleStats, ScopeMetrics, SeverityTtr

MAX_REPOS = 200  # sections beyond this many repositories are left out (the page says so)
_COLOURS = {"critical": "#9b1c1c", "high": "#d9480f", "medium": "#e0a100", "low": "#1c6fb8", "info": "#6b7785"}
_CLOSED = "#2f9e44"
_OTHER = "#868e96"
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

_STYLE = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa}
*{box-sizing:border-box}[hidden]{display:none!important}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
header{padding:16px 24px;border-bottom:1px solid var(--line);background:var(--bg);position:sticky;top:0;z-index:1}
h1{font-size:20px;margin:0 0 4px}h2{font-size:18px;margin:24px 0 8px}h3{font-size:15px;margin:20px 0 6px}
.meta,.note{color:var(--muted);margin:0}main{padding:0 24px 32px}
#filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;margin-top:8px}
#severity-filter{border:0;padding:0;margin:0;display:flex;gap:10px}#severity-filter legend{float:left;margin-right:6px}
#filter-status{color:var(--muted)}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px}
.kpi{border:1px solid var(--line);border-radius:6px;padding:8px 12px}.kpi b{display:block;font-size:22px}
.kpi span{color:var(--muted);font-size:12px}
.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:12px}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:6px 8px}figcaption{font-weight:600}
table{border-collapse:collapse;margin:4px 0 8px;min-width:50%}
th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}td.rule{font-family:ui-monospace,monospace;font-size:12px}
.sev{display:inline-block;width:9px;height:9px;border-radius:2px;margin-right:5px}
.legend span{margin-right:12px}.empty{padding:24px;border:1px dashed var(--line);border-radius:6px}
svg text{font-size:10px;fill:var(--muted)}
"""

_SCRIPT = """
(function () {
  var repo = document.getElementById("repo-filter");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#severity-filter input"));
  var status = document.getElementById("filter-status");
  function chosen() {
    return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }
  function apply() {
    var wanted = repo.value, severities = chosen();
    document.querySelectorAll("section.scope").forEach(function (s) {
      s.hidden = s.getAttribute("data-repo") !== wanted;
    });
    document.querySelectorAll("[data-severity]").forEach(function (e) {
      e.hidden = severities.indexOf(e.getAttribute("data-severity")) < 0;
    });
    status.textContent = "Showing " + (wanted || "all repositories") + " \\u00b7 " +
      (severities.length ? severities.join(", ") : "no severity");
    var hash = "repo=" + encodeURIComponent(wanted) + "&severity=" + encodeURIComponent(severities.join(","));
    try { history.replaceState(null, "", "#" + hash); } catch (e) { /* opaque file:// origins may refuse */ }
  }
  var params = new URLSearchParams(location.hash.replace(/^#/, ""));
  if (params.has("repo")) {
    var name = params.get("repo");
    if (Array.prototype.some.call(repo.options, function (o) { return o.value === name; })) { repo.value = name; }
  }
  if (params.has("severity")) {
    var listed = params.get("severity").split(",");
    boxes.forEach(function (b) { b.checked = listed.indexOf(b.value) >= 0; });
  }
  repo.addEventListener("change", apply);
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  apply();
  document.body.setAttribute("data-ready", "1");
})();
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _colour(severity: str) -> str:
    return _COLOURS.get(severity, _OTHER)


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _bar(value: float, top: float, colour: str, label: str, width: int = 140) -> str:
    """A one-value horizontal bar (for table cells)."""
    filled = 0 if top <= 0 else max(1, round(width * min(value, top) / top)) if value > 0 else 0
    return (
        f'<svg class="bar" width="{width}" height="10" role="img" aria-label="{_e(label)}">'
        f'<rect width="{width}" height="10" fill="#eef1f4"/><rect width="{filled}" height="10" fill="{colour}"/></svg>'
    )


def _ttr_bar(row: SeverityTtr, top: float, width: int = 200) -> str:
    """Mean (bar), p90 (dark tick) and the deadline (dashed line) on one scale."""
    if top <= 0:
        return ""

    def x(value: float) -> float:
        return round(width * min(value, top) / top, 1)

    parts = [f'<rect width="{width}" height="12" fill="#eef1f4"/>']
    if row.mean_days is not None:
        parts.append(f'<rect width="{x(row.mean_days)}" height="12" fill="{_colour(row.severity)}"/>')
    if row.p90_days is not None:
        parts.append(f'<rect x="{max(0.0, x(row.p90_days) - 1)}" width="2" height="12" fill="#1f2328"/>')
    if row.deadline_days is not None:
        parts.append(
            f'<line x1="{x(row.deadline_days)}" x2="{x(row.deadline_days)}" y1="0" y2="12" stroke="#1f2328" '
            'stroke-dasharray="2,2"/>'
        )
    label = f"mean {_days(row.mean_days)} d, p90 {_days(row.p90_days)} d, deadline {_days(row.deadline_days)} d"
    return f'<svg class="ttr" width="{width}" height="12" role="img" aria-label="{_e(label)}">{"".join(parts)}</svg>'


def _multiple(scope: ScopeMetrics, severity: str, width: int = 420, height: int = 120) -> str:
    """Opened (up) and closed (down) per bucket, with the open backlog as a line."""
    series = scope.series
    opened, closed, backlog = series.opened[severity], series.closed[severity], series.backlog[severity]
    count = len(series.buckets)
    peak = max([*opened, *closed, 1])
    crest = max([*backlog, 1])
    top, mid, bottom = 14, (height - 14) / 2 + 7, height - 14
    half = (bottom - top) / 2
    step = (width - 30) / max(count, 1)
    bar = max(1.0, step * 0.7)
    shapes = []
    for index, bucket in enumerate(series.buckets):
        left = 30 + index * step
        up, down = opened[index], closed[index]
        tip = f"<title>{bucket}: {up} opened, {down} closed, {backlog[index]} open</title>"
        if up:
            h = half * up / peak
            shapes.append(
                f'<rect x="{left:.1f}" y="{mid - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{_colour(severity)}">{tip}</rect>'
            )
        if down:
            h = half * down / peak
            shapes.append(
                f'<rect x="{left:.1f}" y="{mid:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{_CLOSED}">{tip}</rect>'
            )
    if count:
        points = " ".join(
            f"{30 + i * step + bar / 2:.1f},{bottom - (bottom - top) * level / crest:.1f}"
            for i, level in enumerate(backlog)
        )
        shapes.append(f'<polyline points="{points}" fill="none" stroke="#1f2328" stroke-width="1.2"/>')
        shapes.append(f'<text x="30" y="{height - 2}">{_e(series.buckets[0])}</text>')
        shapes.append(f'<text x="{width - 2}" y="{height - 2}" text-anchor="end">{_e(series.buckets[-1])}</text>')
    else:
        shapes.append(f'<text x="{width / 2}" y="{mid}" text-anchor="middle">no tracking runs</text>')
    shapes.append(f'<line x1="30" x2="{width}" y1="{mid:.1f}" y2="{mid:.1f}" stroke="#adb5bd"/>')
    shapes.append(f'<text x="26" y="{top + 4}" text-anchor="end">{peak}</text>')
    shapes.append(f'<text x="{width - 2}" y="10" text-anchor="end">open max {crest}</text>')
    total_up, total_down = sum(opened), sum(closed)
    label = f"{severity}: {total_up} opened, {total_down} closed, {backlog[-1] if backlog else 0} open at the end"
    return (
        f'<figure class="sev-chart" data-severity="{_e(severity)}"><figcaption>'
        f'<span class="sev" style="background:{_colour(severity)}"></span>{_e(severity.title())} '
        f"<small>· {total_up} opened · {total_down} closed</small></figcaption>"
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{_e(label)}">'
        f"{''.join(shapes)}</svg></figure>"
    )


def _table(head: Sequence[str], rows: Iterable[str], empty: str, cls: str) -> str:
    body = "".join(rows)
    if not body:
        return f'<p class="note">{_e(empty)}</p>'
    header = "".join(f"<th>{_e(h)}</th>" for h in head)
    return f'<table class="{cls}"><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>'


def _ttr_table(scope: ScopeMetrics) -> str:
    top = max([0.0, *(v for r in scope.ttr for v in (r.p90_days, r.deadline_days, r.mean_days) if v is not None)])
    rows = (
        f'<tr data-severity="{_e(r.severity)}"><td><span class="sev" style="background:{_colour(r.severity)}">'
        f"</span>{_e(r.severity)}</td><td>{r.fixed}</td><td>{_days(r.mean_days)}</td><td>{_days(r.p90_days)}</td>"
        f"<td>{_days(r.deadline_days)}</td><td>{_pct(r.fixed_within_deadline, r.fixed)}</td><td>{r.open}</td>"
        f"<td>{r.overdue}</td><td>{_ttr_bar(r, top * 1.05)}</td></tr>"
        for r in scope.ttr
    )
    head = ("Severity", "Fixed", "Mean days", "p90 days", "Deadline", "Within", "Open", "Overdue", "")
    return _table(head, rows, "No finding has been fixed or is open yet.", "ttr-table")


def _noise_table(scope: ScopeMetrics) -> str:
    whole = scope.distinct_findings
    top = max([1, *scope.noise_by_kind.values()])
    rows = (
        f"<tr><td>{_e(kind)}</td><td>{count}</td><td>{_pct(count, whole)}</td>"
        f"<td>{_bar(count, top, _OTHER, f'{kind}: {count}')}</td></tr>"
        for kind, count in scope.noise_by_kind.items()
    )
    return _table(("Reason", "Suppressed", "Of all findings", ""), rows, "Nothing is suppressed.", "noise-table")


def _agreement_table(rows: Sequence[Agreement]) -> str:
    def row(a: Agreement) -> str:
        rate = "–" if a.rate is None else f"{100 * a.rate:.1f}%"
        return (
            f"<tr><td>{_e(a.decider)}</td><td>{a.compared}</td><td>{a.confirmed}</td><td>{a.overturned}</td>"
            f"<td>{a.fp_to_tp}</td><td>{a.tp_to_fp}</td><td>{a.deferred}</td><td>{rate}</td>"
            f"<td>{_bar(a.confirmed, a.compared, _CLOSED, f'{rate} agreement')}</td></tr>"
        )

    useful = [a for a in rows if a.compared or a.deferred]
    head = ("Decider", "Compared", "Confirmed", "Overturned", "FP→TP", "TP→FP", "Needs review→decided", "Agreement", "")
    return _table(head, (row(a) for a in useful), "No human verdict has followed a triage verdict yet.", "agree-table")


def _rules_table(rules: Sequence[RuleStats], noise: bool) -> str:
    top = max([1, *((r.suppressed if noise else r.true_positive) for r in rules)])

    def row(r: RuleStats) -> str:
        value = r.suppressed if noise else r.true_positive
        cells = f"<td>{r.suppressed}</td><td>{100 * r.noise_rate:.0f}%</td>" if noise else f"<td>{r.true_positive}</td>"
        return (
            f'<tr data-severity="{_e(r.severity)}"><td class="rule">{_e(r.rule)}</td><td>{_e(r.severity)}</td>'
            f"<td>{r.total}</td>{cells}<td>{_bar(value, top, _colour(r.severity), f'{r.rule}: {value}')}</td></tr>"
        )

    head = ("Rule", "Severity", "Findings", "Suppressed", "Noise", "") if noise else (
        "Rule", "Severity", "Findings", "True positives", "")  # fmt: skip
    empty = "No suppressed findings." if noise else "No confirmed true positives."
    return _table(head, (row(r) for r in rules), empty, "noise-rules" if noise else "tp-rules")


def _kpis(scope: ScopeMetrics) -> str:
    overdue = sum(r.overdue for r in scope.ttr)
    agreement = scope.agreement[0].rate if scope.agreement else None
    cards = (
        ("runs", f"{scope.runs:,}", f"{scope.tracking_runs:,} on the default branch"),
        ("distinct", f"{scope.distinct_findings:,}", "distinct findings"),
        ("open", f"{scope.open_now:,}", "open now"),
        ("overdue", f"{overdue:,}", "open past the deadline"),
        ("noise", f"{100 * scope.noise_rate:.1f}%", "suppressed (noise rate)"),
        ("agreement", "–" if agreement is None else f"{100 * agreement:.1f}%", "triage confirmed by humans"),
    )
    return '<div class="kpis">' + "".join(
        f'<div class="kpi" data-kpi="{key}"><b>{value}</b><span>{_e(text)}</span></div>' for key, value, text in cards
    ) + "</div>"  # fmt: skip


def _scope(scope: ScopeMetrics, repo_value: str, title: str, hidden: bool) -> str:
    sizes = {"day": "day", "week": "week", "month": "month"}
    severities = [s for s in scope.series.opened if any(scope.series.opened[s]) or any(scope.series.closed[s])]
    multiples = "".join(_multiple(scope, s) for s in severities) or (
        '<p class="note">No full scan on a default branch yet: nothing opened or closed.</p>'
    )
    period = f"{scope.first_run[:10]} → {scope.last_run[:10]}" if scope.first_run and scope.last_run else "no runs"
    return (
        f'<section class="scope" data-repo="{_e(repo_value)}"{" hidden" if hidden else ""}>'
        f'<h2>{_e(title)}</h2><p class="note">{_e(period)} · {scope.finding_records:,} finding records</p>'
        f"{_kpis(scope)}"
        f"<h3>Findings opened and closed per {sizes.get(scope.series.bucket, 'period')}</h3>"
        f'<p class="note legend"><span>▮ opened</span><span style="color:{_CLOSED}">▮ closed</span>'
        f'<span>— still open</span></p><div class="multiples">{multiples}</div>'
        f"<h3>Time to remediate against the deadline (days from first detection)</h3>{_ttr_table(scope)}"
        f"<h3>Noise: suppressed findings by reason</h3>{_noise_table(scope)}"
        f"<h3>Triage verdicts against later human verdicts</h3>{_agreement_table(scope.agreement)}"
        f"<h3>Top rules by noise</h3>{_rules_table(scope.top_noise(), noise=True)}"
        f"<h3>Top rules by true positives</h3>{_rules_table(scope.top_true_positive(), noise=False)}"
        "</section>"
    )


def render_dashboard(metrics: Metrics, title: str = "secops security dashboard") -> str:
    repos = sorted(metrics.repos, key=lambda r: (-r.runs, r.scope))[:MAX_REPOS]
    options = '<option value="">All repositories</option>' + "".join(
        f'<option value="{_e(r.scope)}">{_e(r.scope)}</option>' for r in sorted(repos, key=lambda r: r.scope)
    )
    severities = [s for s in _COLOURS if s != "info"] + ["info"]
    boxes = "".join(
        f'<label><input type="checkbox" value="{s}" checked><span class="sev" style="background:{_colour(s)}">'
        f"</span>{s}</label>"
        for s in severities
    )
    left_out = len(metrics.repos) - len(repos)
    notes = []
    if left_out > 0:
        notes.append(f"{left_out} repositories with the fewest runs are left out of the per-repository views.")
    if metrics.skipped_lines:
        notes.append(f"{metrics.skipped_lines} corrupt history line(s) were skipped.")
    deadline = metrics.deadline_source or "no deadlines"
    empty = (
        '<p class="empty" id="empty-state">No runs recorded yet. Record some with '
        "<code>secops scan --history DIR|s3://bucket/prefix</code>.</p>"
        if metrics.all.runs == 0
        else ""
    )
    body = "".join(
        [_scope(metrics.all, "", "All repositories", hidden=False)]
        + [_scope(r, r.scope, r.scope, hidden=True) for r in repos]
    )
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head>"
        '<body data-ready="0"><header>'
        f"<h1>{_e(title)}</h1>"
        f'<p class="meta">Generated {_e(metrics.generated_at)} · as of {_e(metrics.as_of)} · '
        f"{metrics.all.runs:,} runs · {len(metrics.repos):,} repositories"
        f"{' · since ' + _e(metrics.since[:10]) if metrics.since else ''} · deadlines: {_e(deadline)}</p>"
        f'<form id="filters" onsubmit="return false"><label>Repository <select id="repo-filter">{options}</select>'
        f'</label><fieldset id="severity-filter"><legend>Severity</legend>{boxes}</fieldset>'
        '<output id="filter-status"></output></form>'
        f"{''.join(f'<p class=note>{_e(n)}</p>' for n in notes)}</header>"
        f"<main>{empty}{body}</main><script>{_SCRIPT}</script></body></html>\n"
    )
