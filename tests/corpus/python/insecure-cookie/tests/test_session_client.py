"""Functional tests for authenticated pages."""
import pytest
from flask import Flask

app = Flask(__name__)


@pytest.fixture
def client():
    app = Flask(__name__)
    app.config.update(TESTING=True)
    return app.test_client()


def test_dashboard_requires_session(client):
    client.set_cookie("session_id", "test-session-token")
    response = client.get("/dashboard")
    assert response.status_code in (200, 404)
