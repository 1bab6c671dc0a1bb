"""`secops rules list|lint|test|new`."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from secops._subprocess import CommandError, run
from secops.errors import ExitCode, ScanError, UsageError
from secops.resources import knowledge_dir, rules_dir
from secops.rules.library import load_rules
from secops.rules.lint import lint

_EXTENSION = {"python": "py", "javascript": "js", "typescript": "ts", "java": "java", "go": "go", "terraform": "tf",
              "dockerfile": "dockerfile", "github-actions": "yml", "secrets": "txt"}  # fmt: skip
_LANGUAGES = {"terraform": "hcl", "github-actions": "yaml", "secrets": "generic"}
_COMMENT = {"py": "#", "tf": "#", "dockerfile": "#", "yml": "#", "txt": "#"}


def _clause_ids() -> set[str] | None:
    from secops.errors import SecopsError
    from secops.knowledge.loader import load_corpus

    try:
        return {c.clause_id for c in load_corpus(knowledge_dir()).clauses}
    except SecopsError as exc:
        print(f"warning: clause ids not checked: {exc.message} (see `secops kb lint`)")
        return None


def run_list(language: str | None, as_json: bool) -> int:
    rules, _ = load_rules([rules_dir()])
    chosen = [r for r in rules if language is None or language in (r.pack, *r.languages)]
    if as_json:
        rows = [{"id": r.id, "languages": list(r.languages), "severity": r.severity.value, "family": r.family,
                 "cwe": list(r.cwe), "standard": r.standard, "path": str(r.source)} for r in chosen]  # fmt: skip
        print(json.dumps(rows, indent=2))
        return int(ExitCode.OK)
    for rule in chosen:
        print(f"{rule.id:<70} {rule.severity.value:<8} {rule.family:<22} {rule.standard}")
    counts = Counter(r.pack for r in chosen)
    print(f"\n{len(chosen)} rules: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return int(ExitCode.OK)


def run_lint(directories: list[Path]) -> int:
    rules, problems = lint(directories or [rules_dir()], _clause_ids())
    for problem in problems:
        print(problem)
    print(f"{len(rules)} rules, {len(problems)} problem(s)")
    return int(ExitCode.USAGE if problems else ExitCode.OK)


def run_test(directories: list[Path]) -> int:
    code = run_lint(directories)
    targets = [str(d) for d in directories or [rules_dir()]]
    env = {"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
    from secops.scan.semgrep import semgrep_binary

    try:
        done = run([semgrep_binary(), "--test", "--metrics=off", "--disable-version-check", *targets], env=env)
    except CommandError as exc:
        raise ScanError(f"semgrep --test could not run: {exc.reason}") from exc
    summary = [line for line in done.stdout.splitlines() + done.stderr.splitlines() if "/" in line and "test" in line]
    print("\n".join(summary[-4:]) or done.stdout[-2000:])
    return code or (int(ExitCode.BLOCKING) if done.returncode else int(ExitCode.OK))


def run_new(spec: str) -> int:
    parts = spec.strip("/").split("/")
    if len(parts) != 3 or not all(parts):
        raise UsageError(f"{spec!r} is not LANG/FAMILY/NAME", hint="e.g. secops rules new python/injection/my-rule")
    lang, area, name = parts
    ext = _EXTENSION.get(lang)
    if ext is None:
        raise UsageError(f"unknown language {lang!r}", hint=f"one of {', '.join(_EXTENSION)}")
    directory = rules_dir() / lang / area
    rule_path = directory / f"{name}.yaml"
    fixture = directory / (f"{name}.{ext}")
    if rule_path.exists():
        raise UsageError(f"{rule_path} already exists", hint="pick another NAME")
    rule_id = f"{lang}.{area}.{name}"
    comment = _COMMENT.get(ext, "//")
    directory.mkdir(parents=True, exist_ok=True)
    rule_path.write_text(_TEMPLATE.format(id=rule_id, lang=_LANGUAGES.get(lang, lang)), encoding="utf-8")
    fixture.write_text(
        f"{comment} ruleid: {rule_id}\nTODO_vulnerable_case()\n{comment} ok: {rule_id}\nTODO_safe_case()\n",
        encoding="utf-8",
    )
    print(f"created {os.path.relpath(rule_path)} and {os.path.relpath(fixture)}; fill in the TODOs, then run "
          "`secops rules test`")  # fmt: skip
    return int(ExitCode.OK)


_TEMPLATE = """rules:
  - id: {id}
    languages: [{lang}]
    severity: WARNING
    message: >-
      TODO: what is wrong (CWE-NNN) and how to fix it.
    metadata:
      family: TODO  # docs/families.md
      cwe: ["CWE-NNN: TODO"]
      owasp: ["A03:2021 - Injection"]
      category: security
      severity: medium
      confidence: medium
      likelihood: medium
      impact: medium
      standard: SEC-TODO-1
      verdict_basis: dataflow
      references: ["https://cwe.mitre.org/"]
      tags: []
    pattern: TODO_vulnerable_case()
"""
