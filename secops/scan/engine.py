"""`secops scan`: choose targets and rules, run Semgrep, build fingerprinted findings, apply suppressions."""

from __future__ import annotations

import fnmatch
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from secops.models import Finding, Location, ScanResult, ScanWarning, Severity
from secops.policy import Policy, active_exceptions
from secops.resources import rules_dir
from secops.rules.library import Rule, library_version, load_rules, resolve
from secops.scan import gitdiff
from secops.scan.baseline import Baseline
from secops.scan.early import HeadStart
from secops.scan.fingerprint import fingerprint, normalise
from secops.scan.semgrep import run_semgrep
from secops.scan.suppress import inline_suppression, policy_suppression
from secops.scan.targets import collect, prefixes_for


@dataclass(frozen=True)
class ScanRequest:
    root: Path
    paths: tuple[Path, ...] = ()
    diff_base: str | None = None
    staged: bool = False
    baseline: Baseline | None = None
    extra_rules: tuple[Path, ...] = ()
    today: date = field(default_factory=date.today)
    staging_dir: Path | None = None  # where --staged materialises the index; kept by the caller for triage
    # Work to overlap with Semgrep (given the languages scanned), e.g. loading what triage needs next:
    # on a one-file commit the hook's budget is Semgrep's own time.
    while_scanning: Callable[[frozenset[str]], None] | None = None
    head_start: HeadStart | None = None  # a staged scan's Semgrep run, started before the policy was loaded


def select_rules(rules: Iterable[Rule], policy: Policy, languages: Iterable[str] | None = None) -> list[Rule]:
    """Rules the policy enables, and (when given) only those for languages present in the targets."""
    chosen = []
    present = set(languages) if languages is not None else None
    for rule in rules:
        ruleset = policy.ruleset(rule.pack)
        if not ruleset.enabled or any(fnmatch.fnmatchcase(rule.id, g) for g in ruleset.exclude_rules):
            continue
        if ruleset.include_tags and not set(ruleset.include_tags) & set(rule.tags):
            continue
        if set(ruleset.exclude_tags) & set(rule.tags):
            continue
        if present is not None and not rule.applies_to(present):
            continue
        chosen.append(rule)
    return chosen


class _Lines:
    """Reads each flagged file once; Semgrep OSS does not give us the matched lines."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, list[str]] = {}

    def __call__(self, path: str) -> list[str]:
        if path not in self._cache:
            try:
                text = (self.root / path).read_bytes().decode("utf-8", "replace")
            except OSError:
                text = ""
            self._cache[path] = text.splitlines()
        return self._cache[path]


def _finding(result: dict[str, Any], rule: Rule, lines: list[str], occurrence: int) -> Finding:
    start, end = result["start"], result["end"]
    snippet = "\n".join(lines[start["line"] - 1 : end["line"]])
    extra = result.get("extra") or {}
    location = Location(result["path"], start["line"], start["col"], end["line"], end["col"])
    return Finding(
        rule_id=rule.id,
        severity=rule.severity,
        confidence=rule.confidence,
        cwe=rule.cwe,
        owasp=rule.owasp,
        message=str(extra.get("message") or rule.message).strip(),
        location=location,
        snippet=snippet,
        fingerprint=fingerprint(rule.id, location.path, snippet, occurrence),
        family=rule.family,
        standard=rule.standard,
        fix=extra.get("fix") or rule.raw.get("fix"),
        verdict_basis=rule.verdict_basis,
        never_suppress=rule.never_suppress,
        tags=rule.tags,
        references=tuple(str(r) for r in rule.metadata.get("references", []) or []),
    )


def build_findings(
    results: Sequence[dict[str, Any]], rules: Sequence[Rule], root: Path
) -> tuple[list[Finding], list[ScanWarning]]:
    by_id = {r.id: r for r in rules}
    read = _Lines(root)
    seen: set[tuple[str, str, int, int, int, int]] = set()
    occurrences: Counter[tuple[str, str, str]] = Counter()
    findings: list[Finding] = []
    warnings: list[ScanWarning] = []
    ordered = sorted(results, key=lambda r: (r["path"], r["start"]["line"], r["start"]["col"], r["check_id"]))
    for result in ordered:
        rule = resolve(result["check_id"], by_id)
        if rule is None:
            warnings.append(
                ScanWarning("unknown-rule", f"result for unknown rule {result['check_id']}", result["path"])
            )
            continue
        key = (rule.id, result["path"], result["start"]["line"], result["start"]["col"],
               result["end"]["line"], result["end"]["col"])  # fmt: skip
        if key in seen:
            continue
        seen.add(key)
        lines = read(result["path"])
        snippet = normalise("\n".join(lines[result["start"]["line"] - 1 : result["end"]["line"]]))
        occurrence = occurrences[(rule.id, result["path"], snippet)]
        occurrences[(rule.id, result["path"], snippet)] += 1
        findings.append(_finding(result, rule, lines, occurrence))
    return findings, warnings


def _on_changed_lines(finding: Finding, changed: gitdiff.ChangedLines) -> bool:
    lines = changed.get(finding.location.path, set())
    return any(n in lines for n in range(finding.location.start_line, finding.location.end_line + 1))


def apply_suppressions(
    findings: Sequence[Finding], root: Path, policy: Policy, baseline: Baseline | None, today: date
) -> tuple[list[Finding], list[ScanWarning]]:
    """Attach a suppression record to each finding that has one; none is ever dropped."""
    valid, expired = active_exceptions(policy, today)
    read = _Lines(root)
    out: list[Finding] = []
    warnings: list[ScanWarning] = []
    for finding in findings:
        suppression, warning = inline_suppression(finding, read(finding.location.path))
        if suppression is None:
            suppression, expired_warning = policy_suppression(finding, valid, expired, today)
            warning = warning or expired_warning
        if suppression is None and baseline is not None:
            suppression = baseline.suppression_for(finding)
        if warning:
            warnings.append(warning)
        out.append(finding.replace(suppression=suppression) if suppression else finding)
    return out, warnings


def _start(work: Callable[[frozenset[str]], None] | None, languages: frozenset[str]) -> threading.Thread | None:
    if work is None:
        return None

    def quietly() -> None:
        with suppress(Exception):  # only warming up: whatever failed here fails again, reported, on the main path
            work(languages)

    thread = threading.Thread(target=quietly, name="secops-while-scanning", daemon=True)
    thread.start()
    return thread


def scan(request: ScanRequest, policy: Policy) -> ScanResult:
    library, warnings = load_rules([rules_dir(), *request.extra_rules])
    enabled = select_rules(library, policy)
    root = request.root.resolve()
    changed: gitdiff.ChangedLines | None = None
    mode = "full"
    scan_root = root
    early = request.head_start
    if early is not None:
        root, scan_root, changed, mode = early.root, early.snapshot.directory, early.snapshot.changed, "staged"
    elif request.staged or request.diff_base:
        root = scan_root = gitdiff.work_tree(root)
        if request.staged:
            staging = request.staging_dir or Path(tempfile.mkdtemp(prefix="secops-staged-"))
            snapshot = gitdiff.staged_snapshot(root, staging)
            scan_root, changed, mode = snapshot.directory, snapshot.changed, "staged"
        else:
            changed, mode = gitdiff.changed_since(root, str(request.diff_base)), "diff"
    prefixes = prefixes_for(root, request.paths)
    targets = collect(scan_root, policy, prefixes, only=None if changed is None else list(changed))
    rules = select_rules(enabled, policy, targets.languages | {"generic", "regex"})
    alongside = _start(request.while_scanning, targets.languages)
    rules_version = library_version(enabled)  # before waiting on a head start's Semgrep, not after
    output = early.output_for(rules, targets.files, policy.scan.timeout) if early else None
    if output is None:
        output = run_semgrep(rules, scan_root, targets.files, jobs=policy.scan.jobs, timeout=policy.scan.timeout)
    if alongside is not None:
        alongside.join()  # its imports are done before the main thread imports the same modules
    findings, build_warnings = build_findings(output.results, rules, scan_root)
    if changed is not None:
        findings = [f for f in findings if _on_changed_lines(f, changed)]
    findings, suppression_warnings = apply_suppressions(findings, scan_root, policy, request.baseline, request.today)
    findings.sort(key=lambda f: (-f.severity.rank, f.location.path, f.location.start_line, f.rule_id))
    return ScanResult(
        root=str(root),
        findings=tuple(findings),
        warnings=(*warnings, *targets.warnings, *output.warnings, *build_warnings, *suppression_warnings),
        files_scanned=len(targets.files),
        rules_run=len(rules),
        engine=f"semgrep {output.version} ({output.engine})".strip(),
        mode=mode,
        rules_version=rules_version,
        extra={"fail_on": policy.gate.fail_on.value, "source_root": str(scan_root)},
    )


def blocking(findings: Iterable[Finding], fail_on: Severity) -> list[Finding]:
    return [f for f in findings if not f.suppressed and f.severity.rank >= fail_on.rank]
