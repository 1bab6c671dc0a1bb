"""secops scan vs raw Semgrep on the same files in the same run: ratios of wall time, and peak RSS.

Run: .venv/bin/python bench/scan_bench.py [--runs 3] [--lines 20000]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from _common import BIN, REPO, machine, median_of, paired
from gen_tree import generate

SEMGREP = [str(BIN / "semgrep"), "scan", "--metrics=off", "--disable-version-check", "--json", "--quiet"]


def _rules_only(into: Path) -> Path:
    """appsec_rules without fixtures or policy: what raw Semgrep is pointed at."""
    target = into / "rules"
    for path in (REPO / "appsec_rules").rglob("*.yaml"):
        if path.name == "policy.yaml" or ".fixed." in path.name:
            continue
        text = path.read_text(encoding="utf-8")
        if text.lstrip().startswith("rules:") or "\nrules:" in text:
            dest = target / path.relative_to(REPO / "appsec_rules")
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, dest)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lines", type=int, default=20_000)
    args = parser.parse_args()
    secops = str(BIN / "secops")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        tree = work / "tree"
        lines = generate(tree, args.lines)
        rules = _rules_only(work)
        print(f"machine: {machine()}")
        files, rule_files = sum(1 for _ in tree.rglob("*.*")), len(list(rules.rglob("*.yaml")))
        print(f"tree: {lines} lines, {files} files; rules: {rule_files} files")
        rows = []
        raw, ((ours, ours_ratio), (triaged, triaged_ratio)) = paired(
            args.runs,
            [*SEMGREP, "--experimental", "--config", str(rules), "."],
            [
                [secops, "scan", ".", "--root", ".", "--no-triage", "-f", "json"],
                [secops, "scan", ".", "--root", ".", "-f", "json"],
            ],
            tree,
        )
        rows += [
            ("raw semgrep --experimental (tree)", raw, 1.0),
            ("secops scan --no-triage (tree)", ours, ours_ratio),
            ("secops scan, offline triage (tree)", triaged, triaged_ratio),
        ]
        # One staged Python file in a git repository: the pre-commit path.
        repo = work / "repo"
        shutil.copytree(tree, repo)
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
        subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
        subprocess.run(["git", "-c", "user.name=b", "-c", "user.email=b@x", "commit", "-qm", "x"], cwd=repo, check=True)
        one = next(repo.rglob("module_*.py"))
        # A change the rules flag, so the hook also triages and reports a finding.
        one.write_text(one.read_text() + "\n\ndef extra(data):\n    return hashlib.md5(data).hexdigest()\n")
        subprocess.run(["git", "add", str(one)], cwd=repo, check=True)
        rel = str(one.relative_to(repo))
        raw_one, ((staged, staged_ratio), (hook, hook_ratio)) = paired(
            args.runs,
            [*SEMGREP, "--experimental", "--config", str(rules), rel],
            [[secops, "scan", "--staged", "-f", "json"], [secops, "hook", rel]],  # the hook: what pre-commit runs
            repo,
        )
        default_one = median_of(max(1, args.runs // 3), [*SEMGREP, "--config", str(rules), rel], repo)
        rows += [
            ("raw semgrep --experimental (1 file)", raw_one, 1.0),
            ("raw semgrep default CLI (1 file)", default_one, default_one[0] / raw_one[0]),
            ("secops scan --staged (1 file)", staged, staged_ratio),
            ("secops hook (1 staged file)", hook, hook_ratio),
        ]
        help_t = median_of(args.runs, [secops, "--help"], work)
        version_t = median_of(args.runs, [secops, "--version"], work)
        rows += [("secops --help", help_t, 0.0), ("secops --version", version_t, 0.0)]
        print(f"\n| what | wall s (median of {args.runs}) | peak RSS MiB | ratio (median of paired runs) |")
        print("|---|---|---|---|")
        for name, (wall, rss), ratio in rows:
            print(
                f"| {name} | {wall:.2f} | {rss:.0f} | {ratio:.2f}× |"
                if ratio
                else f"| {name} | {wall:.2f} | {rss:.0f} | |"
            )
        per_kloc = raw[0] / lines * 1000
        print(
            f"\nvs the default CLI: hook {hook[0] / default_one[0]:.3f}×, staged {staged[0] / default_one[0]:.3f}×; "
            f"per 1k lines raw: {per_kloc:.3f} s"
        )


if __name__ == "__main__":
    main()
