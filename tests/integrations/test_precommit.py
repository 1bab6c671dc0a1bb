"""The pre-commit hook, driven by the real pre-commit framework in a throwaway repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from secops.integrations.precommit import main
from tests.helpers import VULN_PY, make_repo, write

pytestmark = [pytest.mark.semgrep, pytest.mark.slow]
ASSET_RULES = Path(__file__).parent.parent / "assets" / "rules"
SECOPS = Path(sys.executable).parent / "secops"
CONFIG = f"""repos:
  - repo: local
    hooks:
      - id: secops
        name: secops
        entry: {SECOPS} hook
        language: system
        pass_filenames: true
        require_serial: true
        types: [text]
"""


def _commit(repo: Path, message: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SECOPS_RULES_DIR": str(ASSET_RULES), "PRE_COMMIT_HOME": str(repo.parent / "pc-home")}
    return subprocess.run(["git", "commit", "-m", message], cwd=repo, env=env, capture_output=True, text=True)


@pytest.fixture
def hooked_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    make_repo(root, {".pre-commit-config.yaml": CONFIG, "README.md": "demo\n"})
    pre_commit = Path(sys.executable).parent / "pre-commit"
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    subprocess.run([str(pre_commit), "install"], cwd=root, env=env, check=True, capture_output=True)
    return root


def test_vulnerable_commit_is_blocked_clean_passes_and_marked_fp_passes(hooked_repo: Path) -> None:
    write(hooked_repo, {"clean.py": "def add(a, b):\n    return a + b\n"})
    subprocess.run(["git", "add", "clean.py"], cwd=hooked_repo, check=True)
    clean = _commit(hooked_repo, "clean")
    assert clean.returncode == 0, clean.stdout + clean.stderr

    write(hooked_repo, {"app.py": VULN_PY})
    subprocess.run(["git", "add", "app.py"], cwd=hooked_repo, check=True)
    blocked = _commit(hooked_repo, "vulnerable")
    assert blocked.returncode != 0
    assert "testpack.injection.code.eval-input" in blocked.stdout + blocked.stderr
    assert "secops triage mark" in blocked.stdout + blocked.stderr

    output = (blocked.stdout + blocked.stderr).splitlines()
    fingerprint = next(line.split()[-1] for line in output if line.strip().startswith("fingerprint"))
    env = {**os.environ, "SECOPS_RULES_DIR": str(ASSET_RULES)}
    marked = subprocess.run(
        [str(SECOPS), "triage", "mark", fingerprint, "--false-positive", "--reason", "q is validated by the gateway"],
        cwd=hooked_repo, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert marked.returncode == 0, marked.stderr
    assert (hooked_repo / ".secops" / "triage.yaml").is_file()
    passed = _commit(hooked_repo, "vulnerable but judged safe")
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_hook_main_without_staged_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    make_repo(tmp_path, {"a.py": "x = 1\n"})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECOPS_RULES_DIR", str(ASSET_RULES))
    assert main([]) == 0
    assert "no findings" in capsys.readouterr().out
