"""Checks that bundled fixture files are intact."""
import hashlib
import pathlib

import pytest
from flask import Flask

app = Flask(__name__)

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
EXPECTED = {"users.csv": "5d41402abc4b2a76b9719d911017c592"}


@pytest.mark.parametrize("name,expected", sorted(EXPECTED.items()))
def test_fixture_checksum(name, expected):
    """Fixture files must not be edited by accident."""
    actual = hashlib.md5((FIXTURES / name).read_bytes()).hexdigest()
    assert actual == expected
