"""Upload a SARIF file to DefectDojo's import-scan API (`POST /api/v2/import-scan/`, multipart, scan_type SARIF)."""

from __future__ import annotations

import ipaddress
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from secops.errors import ConfigError, ProviderError, UsageError
from secops.export.interface import ExportResult

IMPORT_PATH = "/api/v2/import-scan/"
SEVERITIES = ("Info", "Low", "Medium", "High", "Critical")
_RETRY_STATUS = {429, 502, 503, 504}
_SARIF_HINT = "pass a file written by `secops scan --sarif FILE`"


@dataclass(frozen=True)
class DojoImport:
    url: str  # DefectDojo's base URL, e.g. https://dojo.example.com
    engagement: int
    api_key: str
    test_title: str | None = None
    minimum_severity: str = "Info"
    active: bool = True
    verified: bool = False
    close_old_findings: bool = False
    scan_date: str | None = None  # YYYY-MM-DD, default today

    @property
    def endpoint(self) -> str:
        return self.url.rstrip("/") + IMPORT_PATH

    def form(self) -> dict[str, str]:
        data = {
            "scan_type": "SARIF",
            "engagement": str(self.engagement),
            "minimum_severity": self.minimum_severity,
            "active": str(self.active).lower(),
            "verified": str(self.verified).lower(),
            "close_old_findings": str(self.close_old_findings).lower(),
            "scan_date": self.scan_date or date.today().isoformat(),
        }
        if self.test_title:
            data["test_title"] = self.test_title
        return data


def check_request(request: DojoImport) -> list[str]:
    """Refuse what cannot work; return warnings for what is risky (a key over plain http)."""
    parts = urlsplit(request.url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"--url {request.url!r} is not an http(s) URL", hint="pass e.g. https://dojo.example.com")
    if not request.api_key:
        raise ConfigError(
            "no DefectDojo API key",
            hint="pass --api-key or set SECOPS_DEFECTDOJO_API_KEY (DefectDojo: your profile → API v2 Key)",
        )
    if request.minimum_severity not in SEVERITIES:
        raise UsageError(f"--minimum-severity must be one of {', '.join(SEVERITIES)}")
    warnings = []
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme == "http" and not loopback:
        warnings.append(f"sending the API key to {host} over plain http; use https")
    return warnings


def read_sarif(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}", where=str(path), hint=_SARIF_HINT) from exc
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not JSON: {exc}", where=str(path), hint=_SARIF_HINT) from exc
    if (
        not isinstance(document, dict)
        or document.get("version") != "2.1.0"
        or not isinstance(document.get("runs"), list)
    ):
        raise ConfigError(f"{path} is not a SARIF 2.1.0 log", where=str(path), hint=_SARIF_HINT)
    return data


def _excerpt(response: httpx.Response) -> str:
    text = response.text.strip().replace("\n", " ")
    return text[:300] + ("…" if len(text) > 300 else "")


def _refusal(response: httpx.Response, request: DojoImport) -> Exception:
    status = response.status_code
    where = request.endpoint
    if status in (401, 403):
        return ConfigError(
            f"DefectDojo refused the API key ({status})",
            where=where,
            hint="check --api-key / SECOPS_DEFECTDOJO_API_KEY and that its user may import into "
            f"engagement {request.engagement}",
        )
    if status == 404:
        return ConfigError(
            "DefectDojo has no import-scan API at this URL (404)",
            where=where,
            hint="pass DefectDojo's base URL (without /api/v2), e.g. https://dojo.example.com",
        )
    if 300 <= status < 400:
        target = response.headers.get("location", "?")
        return ConfigError(f"DefectDojo redirected the upload to {target}", where=where, hint="pass that URL as --url")
    if 400 <= status < 500:
        return ConfigError(
            f"DefectDojo rejected the import ({status}): {_excerpt(response)}",
            where=where,
            hint="check --engagement (an engagement id that exists) and the options",
        )
    return ProviderError(f"DefectDojo failed ({status}): {_excerpt(response)}", where=where, hint="retry later")


def import_scan(
    sarif: Path,
    request: DojoImport,
    *,
    transport: httpx.BaseTransport | None = None,
    attempts: int = 3,
    timeout: float = 120.0,
    sleep: Callable[[float], None] = time.sleep,
) -> ExportResult:
    """Upload once (retrying 429/502/503/504 and connection failures); return the test DefectDojo created."""
    content = read_sarif(sarif)
    headers = {"Authorization": f"Token {request.api_key}", "Accept": "application/json"}
    response: httpx.Response | None = None
    with httpx.Client(transport=transport, timeout=timeout, follow_redirects=False) as client:
        for attempt in range(1, attempts + 1):
            try:
                response = client.post(
                    request.endpoint,
                    headers=headers,
                    data=request.form(),
                    files={"file": (sarif.name, content, "application/sarif+json")},
                )
            except httpx.HTTPError as exc:
                if attempt < attempts:
                    sleep(2.0 * attempt)
                    continue
                raise ProviderError(
                    f"cannot reach DefectDojo: {type(exc).__name__}: {exc}",
                    where=request.endpoint,
                    hint="check --url, the network and any proxy (HTTPS_PROXY)",
                ) from exc
            if response.status_code in _RETRY_STATUS and attempt < attempts:
                sleep(2.0 * attempt)
                continue
            break
    assert response is not None
    if response.status_code not in (200, 201):
        raise _refusal(response, request)
    try:
        body: Any = response.json()
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    test = body.get("test_id", body.get("test"))
    detail = f"test {test} in engagement {body.get('engagement_id', request.engagement)}" if test else ""
    total = _imported_count(body)
    return ExportResult(request.url, total, (), detail)


def _imported_count(body: dict[str, Any]) -> int:
    """Findings in the test after the import (DefectDojo's `statistics`), else 0 when it does not say."""
    stats: Any = body.get("statistics")
    try:
        return int(stats["after"]["total"]["total"])
    except (KeyError, TypeError, ValueError):
        return 0
