"""The native CLI (`semgrep scan --experimental`) finds exactly what Semgrep's Python CLI finds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from secops.policy import Policy
from secops.resources import rules_dir
from secops.rules.library import Rule, load_rules
from secops.scan.engine import select_rules
from secops.scan.semgrep import run_semgrep
from secops.scan.targets import collect

pytestmark = [pytest.mark.semgrep, pytest.mark.slow]
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _matches(
    engine: str, monkeypatch: pytest.MonkeyPatch, rules: list[Rule], files: tuple[str, ...], root: Path
) -> set[tuple[str, str, int, int]]:
    monkeypatch.setenv("SECOPS_SEMGREP_ENGINE", engine)
    output = run_semgrep(rules, root, files)
    assert output.engine == engine
    return {(r["check_id"].rsplit(".", 1)[-1], r["path"], r["start"]["line"], r["end"]["line"]) for r in output.results}


def test_native_and_python_cli_agree_on_the_corpus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SECOPS_RULES_DIR", raising=False)  # the real library, not the test pack
    # Outside the checkout: the native CLI matches rules' `paths:` against git-root-relative paths.
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "python", corpus / "python")
    library, _ = load_rules([rules_dir()])
    targets = collect(corpus, Policy(), ("python",))
    rules = select_rules(library, Policy(), targets.languages)
    native = _matches("native", monkeypatch, rules, targets.files, corpus)
    python = _matches("python", monkeypatch, rules, targets.files, corpus)
    assert len(native) > 100
    assert native == python
