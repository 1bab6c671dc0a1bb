"""Unit tests for the report download helpers."""
import os

import pytest

REPORT_DIR = "/srv/app/reports"


@pytest.mark.parametrize("filename", ["summary.txt", "../../etc/passwd"])
def test_report_download_handles_unusual_input(filename):
    """The report download code path must not crash on odd input."""
    with open(os.path.join(REPORT_DIR, filename), encoding="utf-8") as fh:
        content = fh.read()
    response = content
    assert response is not None
