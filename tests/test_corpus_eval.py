"""The labelled corpus as golden verdicts: triage never suppresses a real vulnerability, and removes most noise.

Each label in tests/corpus/labels.csv is an expected verdict for the finding at that line; a regression in the
rules or in triage fails the build here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secops.evaluation import evaluate_corpus

pytestmark = [pytest.mark.semgrep, pytest.mark.slow]
CORPUS = Path(__file__).resolve().parent / "corpus"


def test_corpus_golden_verdicts() -> None:
    report = evaluate_corpus(CORPUS, None, triage=True)
    data = report.as_dict()
    assert report.suppressed_true_positives == []  # includes 137 cases with prompt-injection text beside them
    total = data["total"]
    assert total["raw"]["recall"] >= 0.95 and total["raw"]["precision"] >= 0.75
    assert total["triaged"]["recall"] >= 0.95
    assert data["false_positives_removed"] >= 0.80
