"""Secrets are redacted before text leaves the machine; ordinary code is left readable."""

from __future__ import annotations

import pytest

from secops.redact import redact

SECRETS = [
    'aws_key = "AKIAZ7Q3LMN4PQR5STUV"',
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----",
    'token = "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"',
    'SLACK = "xoxb-123456789012-abcdefghijkl"',
    'password = "hunter2hunter2"',
    'url = "postgres://svc:Zq8%21xyz@db.internal/app"',
    "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
    "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
]


@pytest.mark.parametrize("text", SECRETS)
def test_secret_is_redacted(text: str) -> None:
    out = redact(text)
    assert "[REDACTED" in out
    for token in ("AKIAZ7Q3", "MIIEowIBAAKCAQEA", "ghp_aB3d", "xoxb-1234", "hunter2", "Zq8%21", "dozjgNry"):
        assert token not in out


@pytest.mark.parametrize(
    "text",
    ['password = os.environ["DB_PASSWORD"]', 'token = "changeme"', "cursor.execute(query, params)", 'api_key = ""'],
)
def test_ordinary_code_is_untouched(text: str) -> None:
    assert redact(text) == text
