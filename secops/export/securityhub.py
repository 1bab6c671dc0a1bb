"""Findings -> AWS Security Finding Format (ASFF), sent with BatchImportFindings (100 per call, throttling retried).

boto3 is imported only when findings are actually sent (it ships with the `llm` extra)."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from secops.errors import ConfigError, ProviderError
from secops.export.interface import ExportResult
from secops.models import Confidence, TriagedFinding, Verdict

ASFF_SCHEMA_VERSION = "2018-10-08"
BATCH_SIZE = 100  # the BatchImportFindings limit
_LABEL = {"critical": "CRITICAL", "high": "HIGH", "medium": "MEDIUM", "low": "LOW", "info": "INFORMATIONAL"}
_CONFIDENCE = {Confidence.HIGH: 90, Confidence.MEDIUM: 60, Confidence.LOW: 30}
_THROTTLED = {"ThrottlingException", "Throttling", "TooManyRequestsException", "LimitExceededException",
              "RequestLimitExceeded", "SlowDown"}  # fmt: skip
_LIMITS = {"Title": 256, "Description": 1024, "Note": 512, "Recommendation": 512, "Id": 512, "ProductField": 2048}


@dataclass(frozen=True)
class AsffContext:
    region: str
    account: str
    repo: str
    commit: str | None = None
    tool_version: str = ""
    now: str = ""  # ISO 8601 UTC; default: when the context is used

    @property
    def product_arn(self) -> str:
        """The ProductArn Security Hub assigns to custom integrations (findings from the account itself)."""
        return f"arn:aws:securityhub:{self.region}:{self.account}:product/{self.account}/default"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def finding_types(triaged: TriagedFinding) -> list[str]:
    """ASFF `Types` (namespace/category[/classifier]) from the finding's family."""
    family = triaged.finding.family
    if family == "hardcoded-secret" or "secret" in triaged.finding.rule_id.split(".")[0]:
        return ["Sensitive Data Identifications/Passwords"]
    if family.startswith(("iac-", "docker-", "gha-")):
        return ["Software and Configuration Checks/AWS Security Best Practices"]
    return ["Software and Configuration Checks/Vulnerabilities"]


def _note(triaged: TriagedFinding) -> str:
    suppression = triaged.finding.suppression
    if suppression is not None and suppression.kind.value != "triage":
        why = suppression.justification or suppression.reference
        return f"suppressed ({suppression.kind.value}): {why}".strip()
    return f"false positive ({triaged.decided_by}): {triaged.justification}".strip()


def to_asff(triaged: TriagedFinding, context: AsffContext) -> dict[str, Any]:
    finding = triaged.finding
    now = context.now or datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    location = finding.location
    suppressed = finding.suppressed or triaged.verdict is Verdict.FALSE_POSITIVE
    fields = {
        "secops/rule_id": finding.rule_id,
        "secops/fingerprint": finding.fingerprint,
        "secops/verdict": triaged.verdict.value,
        "secops/decided_by": triaged.decided_by,
        "secops/location": str(location),
        "secops/cwe": ",".join(finding.cwe),
        "secops/owasp": ",".join(finding.owasp),
        "secops/clauses": ",".join(triaged.clauses or ((finding.standard,) if finding.standard else ())),
        "secops/family": finding.family,
        "secops/commit": context.commit or "",
        "ProviderName": "secops",
        "ProviderVersion": context.tool_version,
    }
    details = {"repository": context.repo, "path": location.path, "line": str(location.start_line)}
    if context.commit:
        details["commit"] = context.commit
    asff: dict[str, Any] = {
        "SchemaVersion": ASFF_SCHEMA_VERSION,
        "Id": _cut(f"secops/{context.repo}/{finding.fingerprint}", _LIMITS["Id"]),
        "ProductArn": context.product_arn,
        "GeneratorId": _cut(finding.rule_id, 512),
        "AwsAccountId": context.account,
        "Types": finding_types(triaged),
        "CreatedAt": now,
        "UpdatedAt": now,
        "Severity": {"Label": _LABEL.get(finding.severity.value, "INFORMATIONAL"), "Original": finding.severity.value},
        "Confidence": _CONFIDENCE.get(finding.confidence, 60),
        "Title": _cut(f"{finding.rule_id}: {finding.message}", _LIMITS["Title"]),
        "Description": _cut(f"{finding.message or finding.rule_id} ({location})", _LIMITS["Description"]),
        "ProductFields": {k: _cut(v, _LIMITS["ProductField"]) for k, v in fields.items() if v},
        "Resources": [
            {
                "Type": "Other",
                "Id": _cut(f"{context.repo}/{location.path}", 512),
                "Partition": "aws",
                "Region": context.region,
                "Details": {"Other": details},
            }
        ],
        "RecordState": "ACTIVE",
        "Workflow": {"Status": "SUPPRESSED" if suppressed else "NEW"},
    }
    if suppressed:
        asff["Note"] = {"Text": _cut(_note(triaged), _LIMITS["Note"]), "UpdatedBy": "secops", "UpdatedAt": now}
    advice = triaged.remediation or finding.fix or ""
    if advice:
        recommendation: dict[str, str] = {"Text": _cut(advice, _LIMITS["Recommendation"])}
        url = next((r for r in finding.references if r.startswith("https://")), "")
        if url:
            recommendation["Url"] = url
        asff["Remediation"] = {"Recommendation": recommendation}
    return asff


def to_asff_all(triaged: Sequence[TriagedFinding], context: AsffContext) -> list[dict[str, Any]]:
    if not context.now:
        now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        context = AsffContext(context.region, context.account, context.repo, context.commit, context.tool_version, now)
    return [to_asff(t, context) for t in triaged]


def dry_run_document(findings: list[dict[str, Any]]) -> str:
    """The BatchImportFindings input shape (usable with `aws securityhub batch-import-findings --cli-input-json`)."""
    return json.dumps({"Findings": findings}, indent=2, ensure_ascii=False) + "\n"


def batches(items: Sequence[dict[str, Any]], size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    return str(response.get("Error", {}).get("Code", "")) if isinstance(response, dict) else ""


def _explain(exc: Exception, context: AsffContext) -> Exception:
    code, name = _code(exc), type(exc).__name__
    where = f"securityhub:{context.region} (account {context.account})"
    if code in ("AccessDeniedException", "AccessDenied", "UnrecognizedClientException"):
        return ConfigError(
            f"Security Hub denied BatchImportFindings ({code})",
            where=where,
            hint=f"grant securityhub:BatchImportFindings on {context.product_arn}",
        )
    if code == "InvalidAccessException":
        return ConfigError(
            f"Security Hub is not enabled for account {context.account} in {context.region}",
            where=where,
            hint=f"aws securityhub enable-security-hub --region {context.region}",
        )
    if name in ("NoCredentialsError", "PartialCredentialsError", "NoRegionError"):
        return ConfigError(
            "no usable AWS credentials or region for Security Hub",
            where=where,
            hint="set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY and --region",
        )
    return ProviderError(
        f"Security Hub BatchImportFindings failed: {code or name}: {exc}",
        where=where,
        hint="check the region and the findings (--dry-run --out FILE writes them)",
    )


def send(
    client: Any,
    findings: Sequence[dict[str, Any]],
    context: AsffContext,
    *,
    batch_size: int = BATCH_SIZE,
    max_attempts: int = 6,
    sleep: Callable[[float], None] = time.sleep,
    base_delay: float = 0.5,
) -> ExportResult:
    """BatchImportFindings in batches; throttled calls and throttled findings are retried with backoff."""
    sent = 0
    failed: list[str] = []
    for batch in batches(findings, batch_size):
        pending = batch
        for attempt in range(1, max_attempts + 1):
            delay = min(20.0, base_delay * 2 ** (attempt - 1)) * (0.5 + random.random() / 2)
            try:
                response = client.batch_import_findings(Findings=pending)
            except Exception as exc:
                if _code(exc) in _THROTTLED and attempt < max_attempts:
                    sleep(delay)
                    continue
                if _code(exc) in _THROTTLED:
                    raise ProviderError(
                        f"Security Hub kept throttling BatchImportFindings after {max_attempts} attempts",
                        where=f"securityhub:{context.region}",
                        hint=f"retry later; {sent} of {len(findings)} findings were imported (re-imports update)",
                    ) from exc
                raise _explain(exc, context) from exc
            rejected = list(response.get("FailedFindings") or [])
            sent += int(response.get("SuccessCount", len(pending) - len(rejected)))
            retry_ids = {r.get("Id") for r in rejected if r.get("ErrorCode") in _THROTTLED}
            final = [r for r in rejected if r.get("Id") not in retry_ids or attempt == max_attempts]
            failed += [f"{r.get('Id')}: {r.get('ErrorCode')} {r.get('ErrorMessage', '')}".strip() for r in final]
            if not retry_ids or attempt == max_attempts:
                break
            pending = [f for f in pending if f["Id"] in retry_ids]
            sleep(delay)
    return ExportResult(f"securityhub:{context.region}", sent, tuple(failed))


def make_client(region: str) -> Any:
    """A Security Hub client with botocore's own retries off (we retry, and count, ourselves)."""
    try:
        import boto3
        from botocore.config import Config
    except ImportError as exc:
        hint = "pip install 'secops[llm]' (or boto3), or use --dry-run --out FILE"
        raise ConfigError("exporting to Security Hub needs boto3, which is not installed", hint=hint) from exc
    return boto3.client("securityhub", region_name=region, config=Config(retries={"total_max_attempts": 1}))


def resolve_region(explicit: str | None) -> str:
    if explicit:
        return explicit
    try:
        import boto3

        region = boto3.session.Session().region_name
    except ImportError:
        region = None
    if not region:
        raise ConfigError("no AWS region for Security Hub", hint="pass --region or set AWS_REGION")
    return str(region)


def caller_account(region: str) -> str:
    """The account of the current credentials (STS GetCallerIdentity)."""
    import boto3

    try:
        return str(boto3.client("sts", region_name=region).get_caller_identity()["Account"])
    except Exception as exc:
        hint = "pass --account, or configure AWS credentials (AWS_PROFILE, env vars, a role)"
        raise ConfigError(f"cannot tell which AWS account to use ({type(exc).__name__}: {exc})", hint=hint) from exc
