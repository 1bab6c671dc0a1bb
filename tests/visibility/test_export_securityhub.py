"""ASFF mapping, BatchImportFindings in batches of 100 against moto, throttling retries, dry runs."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from secops.cli import main
from secops.errors import ConfigError, ExitCode, ProviderError
from secops.export import securityhub as hub
from tests.visibility.conftest import sample_triaged

moto = pytest.importorskip("moto")
CONTEXT = hub.AsffContext("eu-west-1", "123456789012", "acme/shop", "c0ffee", "0.1.0", "2026-03-04T10:00:00Z")


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing"),
                        ("AWS_DEFAULT_REGION", "us-east-1")):  # fmt: skip
        monkeypatch.setenv(name, value)
    with moto.mock_aws():
        yield


def test_asff_mapping() -> None:
    tp, fp, inline = (hub.to_asff(t, CONTEXT) for t in sample_triaged())
    assert tp["ProductArn"] == "arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default"
    assert tp["GeneratorId"] == "python.injection.sql-format" and tp["AwsAccountId"] == "123456789012"
    assert tp["Id"] == "secops/acme/shop/fp-tp" and tp["SchemaVersion"] == "2018-10-08"
    assert tp["Types"] == ["Software and Configuration Checks/Vulnerabilities"]
    assert tp["Severity"] == {"Label": "HIGH", "Original": "high"}
    assert tp["Resources"][0]["Id"] == "acme/shop/app/db.py" and tp["Resources"][0]["Type"] == "Other"
    assert tp["Resources"][0]["Details"]["Other"] == {"repository": "acme/shop", "path": "app/db.py", "line": "12",
                                                      "commit": "c0ffee"}  # fmt: skip
    assert tp["Workflow"] == {"Status": "NEW"} and "Note" not in tp
    assert tp["Remediation"]["Recommendation"]["Url"].startswith("https://owasp.org/")
    assert tp["ProductFields"]["secops/cwe"] == "CWE-89" and tp["ProductFields"]["secops/clauses"] == "SEC-INJ-1"
    assert fp["Workflow"] == {"Status": "SUPPRESSED"} and fp["Severity"]["Label"] == "MEDIUM"
    assert fp["Note"]["Text"] == "false positive (llm:fake): the value is a constant from settings"
    assert (
        inline["Workflow"]["Status"] == "SUPPRESSED" and inline["Note"]["Text"] == "suppressed (inline): test fixture"
    )
    assert all(len(a["Title"]) <= 256 and len(a["Description"]) <= 1024 for a in (tp, fp, inline))


def test_dry_run_writes_the_batch_import_input(results_file: Callable[..., Path], tmp_path: Path) -> None:
    out = tmp_path / "asff.json"
    argv = ["export", "securityhub", str(results_file()), "--dry-run", "--out", str(out),
            "--account", "123456789012", "--region", "eu-west-1", "--repo", "acme/shop"]  # fmt: skip
    assert main(argv) == 0
    findings = json.loads(out.read_text())["Findings"]
    assert [f["Workflow"]["Status"] for f in findings] == ["NEW", "SUPPRESSED", "SUPPRESSED"]
    assert {f["ProductArn"] for f in findings} == {CONTEXT.product_arn}


def test_dry_run_needs_an_account(results_file: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "securityhub", str(results_file()), "--dry-run", "--region", "eu-west-1"]) == 2
    assert "--dry-run needs --account" in capsys.readouterr().err


def test_sends_in_batches_of_100_to_security_hub(
    aws: None, results_file: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import boto3

    real = boto3.client("securityhub", region_name="us-east-1")
    calls: list[int] = []

    class Counting:
        def batch_import_findings(self, **kwargs: Any) -> Any:
            calls.append(len(kwargs["Findings"]))
            return real.batch_import_findings(**kwargs)

    monkeypatch.setattr(hub, "make_client", lambda region: Counting())
    assert main(["export", "securityhub", str(results_file(250)), "--region", "us-east-1", "--repo", "acme/shop"]) == 0
    assert calls == [100, 100, 50]
    stored = [f for page in real.get_paginator("get_findings").paginate() for f in page["Findings"]]
    assert len(stored) == 250
    suppressed = next(f for f in stored if f["Id"] == "secops/acme/shop/fp-fp")
    assert suppressed["Workflow"]["Status"] == "SUPPRESSED" and "constant from settings" in suppressed["Note"]["Text"]
    assert suppressed["ProductArn"].endswith(":123456789012:product/123456789012/default")  # account from STS


class _Throttling:
    """Throttles the first `calls` calls, then marks the first finding of the next answer as throttled."""

    def __init__(self, calls: int, item_throttles: int = 0) -> None:
        self.calls, self.item_throttles = calls, item_throttles
        self.seen: list[list[str]] = []

    def batch_import_findings(self, Findings: list[dict[str, Any]]) -> dict[str, Any]:  # noqa: N803 (the API's name)
        from botocore.exceptions import ClientError

        self.seen.append([f["Id"] for f in Findings])
        if self.calls > 0:
            self.calls -= 1
            raise ClientError({"Error": {"Code": "ThrottlingException", "Message": "Rate exceeded"}}, "Batch")
        if self.item_throttles > 0:
            self.item_throttles -= 1
            failed = [{"Id": Findings[0]["Id"], "ErrorCode": "ThrottlingException", "ErrorMessage": "slow down"}]
            return {"SuccessCount": len(Findings) - 1, "FailedCount": 1, "FailedFindings": failed}
        return {"SuccessCount": len(Findings), "FailedCount": 0, "FailedFindings": []}


def test_throttling_is_retried_with_backoff() -> None:
    findings = [hub.to_asff(t, CONTEXT) for t in sample_triaged(3)]
    client = _Throttling(calls=2, item_throttles=1)
    sleeps: list[float] = []
    result = hub.send(client, findings, CONTEXT, sleep=sleeps.append)
    assert result.sent == 3 and result.failed == ()
    assert len(client.seen) == 4 and client.seen[-1] == ["secops/acme/shop/fp-tp"]  # only the throttled one again
    assert len(sleeps) == 3 and sleeps[1] > sleeps[0] * 0.9


def test_throttling_that_never_stops_is_a_provider_error() -> None:
    findings = [hub.to_asff(t, CONTEXT) for t in sample_triaged(3)]
    with pytest.raises(ProviderError, match="kept throttling") as caught:
        hub.send(_Throttling(calls=99), findings, CONTEXT, max_attempts=3, sleep=lambda _s: None)
    assert caught.value.exit_code == ExitCode.PROVIDER


def test_access_denied_names_the_permission() -> None:
    from botocore.exceptions import ClientError

    class Denied:
        def batch_import_findings(self, **_kwargs: Any) -> Any:
            raise ClientError({"Error": {"Code": "AccessDeniedException", "Message": "no"}}, "BatchImportFindings")

    with pytest.raises(ConfigError) as caught:
        hub.send(Denied(), [hub.to_asff(sample_triaged(1)[0], CONTEXT)], CONTEXT)
    assert caught.value.hint and "securityhub:BatchImportFindings" in caught.value.hint


def test_rejected_findings_fail_the_command(
    aws: None, results_file: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Rejecting:
        def batch_import_findings(self, Findings: list[dict[str, Any]]) -> dict[str, Any]:  # noqa: N803
            failed = [{"Id": f["Id"], "ErrorCode": "InvalidInput", "ErrorMessage": "bad"} for f in Findings[:1]]
            return {"SuccessCount": len(Findings) - 1, "FailedCount": 1, "FailedFindings": failed}

    monkeypatch.setattr(hub, "make_client", lambda region: Rejecting())
    assert main(["export", "securityhub", str(results_file()), "--region", "us-east-1"]) == int(ExitCode.PROVIDER)
    captured = capsys.readouterr()
    assert "imported 2 of 3" in captured.out and "rejected 1 finding" in captured.err and "InvalidInput" in captured.err
