"""Unit tests for the login redirect helpers."""
import pytest
from flask import Flask, redirect

app = Flask(__name__)


@pytest.mark.parametrize("next_url", ["/dashboard", "https://evil.example.net/"])
def test_login_redirect_handles_unusual_input(next_url):
    """The login redirect code path must not crash on odd input."""
    with app.test_request_context("/"):
        response = redirect(next_url)
    assert response is not None
