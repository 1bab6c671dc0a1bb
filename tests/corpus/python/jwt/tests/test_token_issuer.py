"""Tests for the token issuer."""
import jwt

import pytest
from flask import Flask

app = Flask(__name__)


def test_issued_token_has_expected_claims(issue_token):
    """Only the claim layout is under test here; signature checks have their own tests."""
    token = issue_token(sub="user-1")
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["sub"] == "user-1"
