"""Unit tests for the welcome banner helpers."""
import pytest
from flask import Flask, render_template_string

app = Flask(__name__)


@pytest.mark.parametrize("name", ["Guest", "{{ config.items() }}"])
def test_welcome_banner_handles_unusual_input(name):
    """The welcome banner code path must not crash on odd input."""
    with app.test_request_context("/"):
        response = render_template_string("<p>Welcome, " + name + "!</p>")
    assert response is not None
