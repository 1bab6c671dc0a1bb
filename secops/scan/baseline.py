"""Baselines: versioned, sorted JSON of known findings; "new = scanned − baseline"."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from secops.errors import ConfigError
from secops.models import Finding, Suppression, SuppressionKind

BASELINE_VERSION = 1
_FIX = "recreate it with `secops baseline create --output FILE`"


@dataclass(frozen=True)
class Baseline:
    path: Path
    created: str
    fingerprints: frozenset[str]

    def suppression_for(self, finding: Finding) -> Suppression | None:
        if finding.fingerprint not in self.fingerprints:
            return None
        return Suppression(
            SuppressionKind.BASELINE,
            f"present in baseline {self.path.name} (accepted as existing on {self.created})",
            when=self.created,
            reference=str(self.path),
        )


def write_baseline(findings: Iterable[Finding], path: Path) -> int:
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "rule_id": f.rule_id,
                "path": f.location.path,
                "severity": f.severity.value,
            }
            for f in findings
        ),
        key=lambda e: (e["path"], e["rule_id"], e["fingerprint"]),
    )
    document = {
        "version": BASELINE_VERSION,
        "tool": "secops",
        "created": datetime.now(UTC).date().isoformat(),
        "findings": entries,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return len(entries)


def load_baseline(path: Path) -> Baseline:
    try:
        document: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"baseline {path} does not exist", hint=_FIX) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"baseline {path} is not UTF-8 JSON", where=str(path), hint=_FIX) from exc
    except json.JSONDecodeError as exc:
        raise ConfigError(f"baseline is not valid JSON: {exc.msg}", where=f"{path}:{exc.lineno}", hint=_FIX) from exc
    if not isinstance(document, dict) or not isinstance(document.get("findings"), list):
        raise ConfigError("baseline has no `findings` list", where=f"{path}:1", hint=_FIX)
    version = document.get("version")
    if version != BASELINE_VERSION:
        raise ConfigError(
            f"baseline version {version!r} is not supported (this secops reads version {BASELINE_VERSION})",
            where=f"{path}:1",
            hint=_FIX,
        )
    prints = set()
    for index, entry in enumerate(document["findings"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ConfigError(f"baseline entry {index} has no `fingerprint` string", where=str(path), hint=_FIX)
        prints.add(entry["fingerprint"])
    return Baseline(path, str(document.get("created", "")), frozenset(prints))
