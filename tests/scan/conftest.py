from __future__ import annotations

from pathlib import Path

import pytest

ASSET_RULES = Path(__file__).resolve().parent.parent / "assets" / "rules"


@pytest.fixture(autouse=True)
def _test_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scan-pipeline tests run the small stable rule set, not the evolving library."""
    monkeypatch.setenv("SECOPS_RULES_DIR", str(ASSET_RULES))
