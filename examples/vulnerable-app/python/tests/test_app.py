"""Smoke tests for the inventory demo service."""
import pytest

from app import create_app

FAKE_API_TOKEN = "test-token-0000-not-a-real-secret"


@pytest.fixture
def client():
    """Test client with an in-memory database."""
    app = create_app()
    app.config.update(TESTING=True, DATABASE=":memory:")
    return app.test_client()


def test_hello_escapes_nothing_in_plain_names(client):
    response = client.get("/hello-safe?name=Ada", headers={"Authorization": f"Bearer {FAKE_API_TOKEN}"})
    assert b"Ada" in response.data


def test_unknown_report_is_404(client):
    response = client.get("/ops/reports/yearly", headers={"Authorization": f"Bearer {FAKE_API_TOKEN}"})
    assert response.status_code == 404
