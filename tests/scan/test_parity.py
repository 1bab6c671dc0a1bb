"""The native CLI (`semgrep scan --experimental`) finds exactly what Semgrep's Python CLI finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from secops.policy import Policy
from secops.resources import rules_dir
from secops.rules.library import load_rules
from secops.scan.engine import select_rules
from secops.scan.semgrep import run_semgrep
from secops.scan.targets import collect

pytestmark = [pytest.mark.semgrep, pytest.mark.slow]
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _matches(
    engine: str, monkeypatch: pytest.MonkeyPatch, rules: list, files: tuple[str, ...]
) -> set[tuple[str, str, int, int]]:  # type: ignore[type-arg]
    monkeypatch.setenv("SECOPS_SEMGREP_ENGINE", engine)
    output = run_semgrep(rules, CORPUS, files)
    assert output.engine == engine
    return {(r["check_id"].rsplit(".", 1)[-1], r["path"], r["start"]["line"], r["end"]["line"]) for r in output.results}


def test_native_and_python_cli_agree_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECOPS_RULES_DIR", raising=False)  # the real library, not the test pack
    library, _ = load_rules([rules_dir()])
    targets = collect(CORPUS, Policy(), ("python",))
    rules = select_rules(library, Policy(), targets.languages)
    native = _matches("native", monkeypatch, rules, targets.files)
    python = _matches("python", monkeypatch, rules, targets.files)
    assert len(native) > 100
    assert native == python
