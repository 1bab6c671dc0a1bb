"""What `make demo` shows: the bundled example app, scanned with the embedded defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from secops.commands.scan import ScanOptions, run_pipeline
from secops.models import SuppressionKind

pytestmark = [pytest.mark.semgrep, pytest.mark.slow]
APP = Path(__file__).resolve().parent.parent / "examples" / "vulnerable-app"


def test_demo_finds_the_planted_vulnerabilities_and_records_suppressions(tmp_path: Path) -> None:
    report, _ = run_pipeline(ScanOptions(paths=(APP,), root=APP, standards=False))
    families = {t.finding.family for t in report.active}
    expected = {"sql-injection", "command-injection", "ssrf", "xss", "weak-hash", "insecure-cookie", "debug-mode",
                "hardcoded-secret", "nosql-injection", "prototype-pollution", "tls-verification", "iac-s3-public",
                "iac-open-ingress", "gha-script-injection", "docker-root"}  # fmt: skip
    assert expected <= families, expected - families
    inline = [t for t in report.suppressed if t.finding.suppression.kind is SuppressionKind.INLINE]
    assert inline and all(t.finding.suppression.justification for t in inline)
    assert not report.gate.passed
