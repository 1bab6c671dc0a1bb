"""Service settings (fixture: all credentials below are fake)."""
import os

import psycopg
import requests

# ruleid: secrets.generic.hardcoded-secret.secret-assignment
DB_PASSWORD = "kT9#vQ2!mZx8Lp4@"

OAUTH = {
    "client_id": "acme-billing",
    # ruleid: secrets.generic.hardcoded-secret.secret-assignment
    "client_secret": "3f9a1c7e5b2d8f6a0c4e9b7d1a3f5c8e",
    "token_url": "https://auth.acme.io/oauth/token",
}


class PaymentsConfig:
    # ruleid: secrets.generic.hardcoded-secret.secret-assignment
    api_key: str = "pk2_Q7xZ3mN8pL2vW4kR6tY1hJ5g"
    timeout_seconds: int = 10


def connect():
    return psycopg.connect(
        host="db.internal.acme.io",
        user="billing",
        # ruleid: secrets.generic.hardcoded-secret.secret-assignment
        password="Zx8!Lp4@kT9#vQ2m",
    )


def fetch_invoices():
    headers = {"Authorization": f"Bearer {os.environ['BILLING_TOKEN']}"}
    return requests.get("https://billing.acme.io/v1/invoices", headers=headers, timeout=10)


# Safe: read from the environment / secret store at run time.
# ok: secrets.generic.hardcoded-secret.secret-assignment
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
# ok: secrets.generic.hardcoded-secret.secret-assignment
redis_password = os.getenv("REDIS_PASSWORD", "")

# Safe: placeholders, templates, short or repeated values.
# ok: secrets.generic.hardcoded-secret.secret-assignment
SMTP_PASSWORD = "changeme"
# ok: secrets.generic.hardcoded-secret.secret-assignment
API_TOKEN = "<your-api-token>"
# ok: secrets.generic.hardcoded-secret.secret-assignment
WEBHOOK_SECRET = "${WEBHOOK_SECRET}"
# ok: secrets.generic.hardcoded-secret.secret-assignment
ADMIN_PASSWORD = "xxxxxxxxxxxx"
# ok: secrets.generic.hardcoded-secret.secret-assignment
JWT_SECRET = "********"

# Safe: low-entropy words (not a random secret) and non-secret names.
# ok: secrets.generic.hardcoded-secret.secret-assignment
password_field = "password_confirmation"
# ok: secrets.generic.hardcoded-secret.secret-assignment
tokenizer = "bert-base-uncased-v2"
# ok: secrets.generic.hardcoded-secret.secret-assignment
TOKEN_URL = "https://auth.acme.io/oauth/token"


def check(password: str) -> bool:
    # Safe: a comparison is not an assignment.
    # ok: secrets.generic.hardcoded-secret.secret-assignment
    return password != "" and password == os.environ["EXPECTED"]
