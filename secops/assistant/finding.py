"""A finding as the assistant's context: the finding, its code, its rule's metadata and its clauses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secops.errors import UsageError
from secops.models import Finding, TriagedFinding

LAST_SCAN = Path(".secops") / "last-scan.json"
CONTEXT_LINES = 3
_RULE_KEYS = ("family", "cwe", "owasp", "references", "standard", "tags", "verdict_basis")


@dataclass(frozen=True)
class FindingContext:
    """Everything the assistant knows about one finding (all of it local; redacted before any provider)."""

    finding: Finding
    triaged: TriagedFinding | None = None
    code: str = ""  # the lines around the finding, numbered; else the snippet
    language: str = ""
    rule: dict[str, Any] = field(default_factory=dict)  # the rule's metadata subset and fix, if found

    @property
    def fingerprint(self) -> str:
        return self.finding.fingerprint

    @property
    def clause_ids(self) -> tuple[str, ...]:
        """The finding's own clause, then those triage cited (unvalidated: grounding checks them)."""
        ids = [self.finding.standard] if self.finding.standard else []
        if self.triaged is not None:
            ids.extend(self.triaged.clauses)
        rule_standard = str(self.rule.get("standard") or "")
        if rule_standard:
            ids.append(rule_standard)
        return tuple(dict.fromkeys(clause_id.strip().upper() for clause_id in ids if clause_id.strip()))

    def search_text(self) -> str:
        """Words that find the finding's topic in the standards."""
        finding = self.finding
        family = finding.family.replace("-", " ")
        message = finding.message.split(". ")[0][:300]
        return " ".join(part for part in (family, " ".join(finding.cwe), message, self.language) if part)

    def summary(self) -> str:
        """Markdown lines describing the finding (facts from the scan, not policy)."""
        finding = self.finding
        lines = [
            f"**Finding** `{finding.rule_id}` ({finding.severity.value}) at `{finding.location}`: "
            f"{finding.message.strip()}"
        ]
        facts = self.rule_facts()
        if facts:
            lines.append(f"Rule metadata: {facts}.")
        if self.triaged is not None and self.triaged.verdict.value != "needs_review":
            lines.append(f"Triage verdict: {self.triaged.verdict.value} ({self.triaged.decided_by}).")
        if self.code:
            lines += ["", f"```{self.language}", self.code, "```"]
        return "\n".join(lines)

    def rule_facts(self) -> str:
        """The rule's family, CWE/OWASP and first references, in one line."""

        def listed(key: str, limit: int = 3) -> str:
            value = self.rule.get(key)
            items = value if isinstance(value, list) else [value] if value else []
            return ", ".join(str(item).split(":", 1)[0] if key == "cwe" else str(item) for item in items[:limit])

        parts = [f"{key} {text}" for key in ("family", "cwe", "owasp") if (text := listed(key))]
        references = listed("references", 2)
        if references:
            parts.append(f"references {references}")
        return "; ".join(parts)

    def guidance(self) -> str:
        """The rule's own fix text and triage's remediation, labelled as such (not a standard's text)."""
        notes = []
        fix = self.finding.fix or str(self.rule.get("fix") or "")
        if fix:
            notes.append(f"Suggested fix from the rule (not a standard's text): `{fix.strip()}`")
        if self.triaged is not None and self.triaged.remediation:
            notes.append(f"Triage remediation note (not a standard's text): {self.triaged.remediation.strip()}")
        return "\n".join(notes)


def _code_window(root: Path, finding: Finding) -> str:
    location = finding.location
    path = (root / location.path).resolve()
    try:
        if not path.is_relative_to(root.resolve()):
            return ""
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    start = max(location.start_line - CONTEXT_LINES, 1)
    end = min(max(location.end_line, location.start_line) + CONTEXT_LINES, len(lines))
    width = len(str(end))
    flagged = range(location.start_line, max(location.end_line, location.start_line) + 1)
    return "\n".join(
        f"{'>' if number in flagged else ' '}{number:>{width}} | {lines[number - 1]}"
        for number in range(start, end + 1)
    )


def _rule_metadata(rule_id: str) -> dict[str, Any]:
    """The rule's metadata, read from its pack directory only (the whole library takes seconds to parse)."""
    from secops.resources import rules_dir
    from secops.rules.library import load_rules, resolve

    root = rules_dir()
    parts = rule_id.split(".")
    directories = [root.joinpath(*parts[:2]), root / parts[0]] if len(parts) >= 2 else []
    for directory in [d for d in directories if d.is_dir()][:1] or [root]:
        try:
            rules, _warnings = load_rules([directory])
        except OSError:
            return {}
        rule = resolve(rule_id, {rule.id: rule for rule in rules})
        if rule is not None:
            meta = {key: rule.metadata[key] for key in _RULE_KEYS if key in rule.metadata}
            if rule.raw.get("fix"):
                meta["fix"] = str(rule.raw["fix"])
            return meta
    return {}


def load_finding(fingerprint: str, *, results: Path | None = None, root: Path | None = None) -> FindingContext:
    """The finding whose fingerprint starts with `fingerprint`, from --results or the last scan."""
    from secops.report.json_report import load_document
    from secops.rules.library import language_of

    base = root or Path.cwd()
    source = results or base / LAST_SCAN
    if not source.is_file():
        raise UsageError(
            f"no scan results at {source}",
            hint="run `secops scan` first, or pass --results FILE written by `secops scan --json FILE`",
        )
    scan, triaged = load_document(source)
    wanted = fingerprint.strip()
    matches = [item for item in triaged if wanted and item.finding.fingerprint.startswith(wanted)]
    if len(matches) != 1:
        problem = "no finding has" if not matches else f"{len(matches)} findings share"
        raise UsageError(
            f"{problem} fingerprint {wanted!r} in {source}",
            hint="copy the fingerprint (or a longer prefix of it) from the scan report",
        )
    item = matches[0]
    scanned = Path(scan.root)
    code_root = scanned if scanned.is_absolute() and scanned.is_dir() else base
    code = _code_window(code_root, item.finding) or item.finding.snippet
    language = language_of(item.finding.location.path) or ""
    return FindingContext(item.finding, item, code, language, _rule_metadata(item.finding.rule_id))
