"""`secops rules` and `secops eval` on small self-made inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secops.cli import main
from secops.evaluation import Label, load_labels, score
from secops.models import TriagedFinding
from tests.helpers import VULN_PY, write

ASSET_RULES = Path(__file__).parent / "assets" / "rules"


def test_rules_list_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SECOPS_RULES_DIR", str(ASSET_RULES))
    assert main(["rules", "list", "--json", "--lang", "python"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in rows} == {"testpack.injection.code.eval-input", "testpack.crypto.weak-hash.md5"}


def test_rules_new_scaffolds_and_lint_flags_todo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("SECOPS_RULES_DIR", str(tmp_path))
    assert main(["rules", "new", "python/injection/my-rule"]) == 0
    assert (tmp_path / "python" / "injection" / "my-rule.yaml").is_file()
    assert (tmp_path / "python" / "injection" / "my-rule.py").is_file()
    assert main(["rules", "new", "python/injection/my-rule"]) == 2  # exists
    assert main(["rules", "new", "nope"]) == 2
    capsys.readouterr()
    assert main(["rules", "lint", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert "SEC-TODO-1 is not a clause" in out or "clause ids not checked" in out


def test_rules_lint_catches_missing_metadata_and_negative_case(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    write(tmp_path, {
        "python/x/bad.yaml": "rules:\n  - id: python.x.bad.rule\n    languages: [python]\n    severity: ERROR\n"
                             "    message: short\n    pattern: eval(...)\n",
        "python/x/bad.py": "# ruleid: python.x.bad.rule\neval(x)\n",
    })  # fmt: skip
    assert main(["rules", "lint", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert "metadata.family is missing" in out and "no `ok: python.x.bad.rule`" in out
    assert "message must say" in out


def test_bundled_library_lints_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "lint"]) == 0, capsys.readouterr().out


def test_labels_and_expectedresults_formats(tmp_path: Path) -> None:
    ours = tmp_path / "labels.csv"
    ours.write_text("path,line,family,cwe,vulnerable,reason\npy/a.py,7,code-injection,CWE-95,true,direct\n")
    assert load_labels(ours) == [Label("py/a.py", 7, "code-injection", "CWE-95", True, "direct")]
    public = tmp_path / "expectedresults-1.2.csv"
    public.write_text("# test name, category, real vulnerability, cwe\nBenchmarkTest00001,pathtraver,true,22\n")
    assert load_labels(public) == [Label("BenchmarkTest00001", 0, "pathtraver", "CWE-22", True)]
    bad = tmp_path / "bad.csv"
    bad.write_text("path,line,family,cwe,vulnerable\na.py,seven,x,CWE-1,true\n")
    from secops.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        load_labels(bad)
    assert str(info.value.where).endswith("bad.csv:2")


@pytest.mark.semgrep
def test_eval_scores_raw_and_triaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOPS_RULES_DIR", str(ASSET_RULES))
    safe = "import hashlib\n\ndef checksum(data):\n    return hashlib.md5(data, usedforsecurity=False).hexdigest()\n"
    write(tmp_path, {"py/vuln.py": VULN_PY, "py/safe.py": safe})
    (tmp_path / "labels.csv").write_text(
        "path,line,family,cwe,vulnerable,reason\n"
        "py/vuln.py,7,code-injection,CWE-95,true,direct\n"
        "py/vuln.py,11,weak-hash,CWE-328,true,api\n"
        "py/safe.py,4,weak-hash,CWE-328,false,non-security-use\n"
    )
    from secops.evaluation import evaluate_corpus

    report = evaluate_corpus(tmp_path, None, triage=True).as_dict()
    total = report["total"]
    assert total["raw"] == {"tp": 2, "fp": 1, "fn": 0, "precision": 0.667, "recall": 1.0}
    assert total["triaged"]["fp"] == 0 and total["triaged"]["suppressed_true_positives"] == 0
    assert report["false_positives_removed"] == 1.0


def test_suppressed_true_positive_is_reported() -> None:
    from secops.models import Confidence, Finding, Location, Severity, Suppression, SuppressionKind

    finding = Finding("r.x.y", Severity.HIGH, Confidence.HIGH, ("CWE-89",), (), "m",
                      Location("a.py", 3, 1, 3, 9), "q", "fp", family="sql-injection",
                      suppression=Suppression(SuppressionKind.TRIAGE, "wrongly judged safe"))  # fmt: skip
    report = score([Label("a.py", 3, "sql-injection", "CWE-89", True)], [TriagedFinding.untriaged(finding)], 0, 0)
    assert report.as_dict()["total"]["triaged"]["suppressed_true_positives"] == 1
    assert "wrongly judged safe" in report.suppressed_true_positives[0]
