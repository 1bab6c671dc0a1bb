"""The hook's head start (Semgrep before the policy) must give exactly what a policy-first run gives."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

import secops.scan.engine as engine
from secops.commands.scan import ScanOptions, run_pipeline
from secops.scan.early import start_staged
from tests.helpers import VULN_PY, make_repo, write

pytestmark = pytest.mark.semgrep

POLICIES = {
    "default": "",
    "path excluded": "paths:\n  exclude: ['skip/**']\n",
    "rule excluded": "rulesets:\n  testpack: {exclude_rules: ['testpack.crypto.*']}\n",
    "smaller size limit": "scan:\n  max_target_bytes: 400\n",
    "other timeout": "scan:\n  timeout: 7\n",  # not what the head start ran with: Semgrep runs again
}


def _findings(repo: Path, head_start: Any = None) -> list[tuple[str, str, int, str]]:
    options = ScanOptions(root=repo, staged=True, triage=False)
    report, _policy = run_pipeline(options, head_start)
    return sorted(
        (t.finding.rule_id, t.finding.location.path, t.finding.location.start_line, t.finding.fingerprint)
        for t in report.triaged
    )


@pytest.mark.parametrize("policy", POLICIES.values(), ids=POLICIES.keys())
def test_head_start_equals_policy_first(tmp_path: Path, policy: str, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    make_repo(repo, {"README.md": "x\n", ".secops.yaml": f"version: 1\n{policy}"})
    big = VULN_PY + "".join(f"# padding line {n}\n" for n in range(40))
    write(repo, {"app.py": VULN_PY, "skip/gen.py": VULN_PY, "big.py": big, "notes.txt": "hello\n"})
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    expected = _findings(repo)
    assert expected  # the case is not vacuous

    reruns: list[int] = []
    real_run = engine.run_semgrep

    def counting(*args: Any, **kwargs: Any) -> Any:
        reruns.append(1)
        return real_run(*args, **kwargs)

    monkeypatch.setattr(engine, "run_semgrep", counting)
    head = start_staged(repo, tmp_path / "staging")
    assert _findings(repo, head) == expected
    assert len(reruns) == (1 if policy == POLICIES["other timeout"] else 0)


def test_head_start_reports_git_errors_like_a_scan(tmp_path: Path) -> None:
    from secops.errors import GitError

    with pytest.raises(GitError, match="not inside a git repository"):
        start_staged(tmp_path, tmp_path / "staging")
