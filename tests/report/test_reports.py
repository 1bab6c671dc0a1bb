"""Every output format, from one shared real scan."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from secops.commands.scan import ScanOptions, run_pipeline
from secops.models import Evidence, Suppression, SuppressionKind, TriagedFinding, Verdict
from secops.report import json_report, markdown, sarif, terminal
from secops.report.interface import OutputFormat, Report
from tests.helpers import VULN_PY, make_repo

pytestmark = pytest.mark.semgrep

SUPPRESSED = (
    "import hashlib\n# secops: ignore[testpack.crypto.weak-hash.md5] -- ETag checksum only\nhashlib.md5(b'a')\n"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    import os

    root = tmp_path_factory.mktemp("reports")
    make_repo(root, {"app.py": VULN_PY, "etag.py": SUPPRESSED, "bin.py": b"\x00binary"})
    os.environ["SECOPS_RULES_DIR"] = str(Path(__file__).parent.parent / "assets" / "rules")
    try:
        scanned, _ = run_pipeline(ScanOptions(root=root, triage=False))
    finally:
        del os.environ["SECOPS_RULES_DIR"]
    # One triage-suppressed finding with evidence, as the triage layer produces them.
    first = scanned.triaged[0]
    judged = TriagedFinding(
        first.finding.replace(
            suppression=Suppression(SuppressionKind.TRIAGE, "value is a constant", "offline", "2026-11-28")
        ),
        Verdict.FALSE_POSITIVE,
        0.9,
        "value is a constant",
        "offline",
        (Evidence("dataflow", "argument is the literal 'x'", "app.py", 7, "safe"),),
        ("SEC-INJ-4",),
    )
    return Report(scanned.scan, (judged, *scanned.triaged[1:]), scanned.gate, "0.1.0")


def test_sarif_is_schema_valid_and_complete(report: Report, sarif_schema: dict) -> None:  # type: ignore[type-arg]
    document = sarif.to_sarif(report)
    jsonschema.validate(document, sarif_schema)
    run = document["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    md5 = rules["testpack.crypto.weak-hash.md5"]
    assert "CWE-328" in md5["properties"]["tags"]
    assert md5["properties"]["security-severity"] == "5.5"
    assert md5["help"]["markdown"]
    results = run["results"]
    assert all(r["partialFingerprints"]["secopsFingerprint/v1"] for r in results)
    kinds = sorted(s["kind"] for r in results for s in r["suppressions"])
    assert kinds == ["external", "inSource"]
    triaged = next(r for r in results if r["properties"]["verdict"] == "false_positive")
    assert "SEC-INJ-4" in triaged["suppressions"][0]["justification"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any(n["descriptor"]["id"] == "binary-file" for n in notes)


def test_json_round_trips(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text(json_report.render(report))
    scan, triaged = json_report.load_document(path)
    assert [t.finding for t in triaged] == [t.finding for t in report.triaged]
    assert [t.verdict for t in triaged] == [t.verdict for t in report.triaged]
    assert triaged[0].evidence == report.triaged[0].evidence
    assert json.loads(path.read_text())["summary"]["suppressed"] == 2


@pytest.mark.parametrize("content", ["{", '{"schema_version": 7}', '{"schema_version": 1, "findings": [{}]}'])
def test_bad_results_file(tmp_path: Path, content: str) -> None:
    from secops.errors import ConfigError

    path = tmp_path / "r.json"
    path.write_text(content)
    with pytest.raises(ConfigError):
        json_report.load_document(path)


def test_markdown_and_terminal_show_suppressed_reasons(report: Report) -> None:
    text = markdown.render(report)
    assert "### Suppressed 2 — why" in text and "ETag checksum only" in text
    assert "`app.py:" in text
    screen = terminal.render(report)
    assert "suppressed 2 — why" in screen and "\x1b[" not in screen  # no colour off a TTY
    assert report.summary_line() in screen


def test_every_output_format_renders(report: Report) -> None:
    for fmt in OutputFormat:
        assert fmt.renderer()(report).strip()


def test_suppression_expiry_is_serialised(report: Report) -> None:
    finding = report.triaged[0].finding.replace(
        suppression=Suppression(SuppressionKind.POLICY, "approved", "o@example.com", "", date(2027, 1, 1), "EXC-9")
    )
    data = json_report.triaged_dict(TriagedFinding.untriaged(finding))
    assert data["suppression"]["expires"] == "2027-01-01"
