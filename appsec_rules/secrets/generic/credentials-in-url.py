"""Connection settings (fixture: all passwords below are fake)."""
import os

from sqlalchemy import create_engine

# ruleid: secrets.generic.hardcoded-secret.credentials-in-url
DATABASE_URL = "postgresql://billing:kT9vQ2mZx8Lp4Wn7@db.internal.acme.io:5432/billing"

CELERY = {
    # ruleid: secrets.generic.hardcoded-secret.credentials-in-url
    "broker_url": "amqps://worker:Q7xZ3mN8pL2vW4kR@mq.acme.io:5671/jobs",
}


def mongo_client():
    from pymongo import MongoClient

    # ruleid: secrets.generic.hardcoded-secret.credentials-in-url
    return MongoClient("mongodb+srv://analytics:h5gF3dS9aZ0xC7vB@cluster0.acme.mongodb.net/?retryWrites=true")


engine = create_engine(DATABASE_URL, pool_pre_ping=True)

# Safe: credentials injected from the environment.
# ok: secrets.generic.hardcoded-secret.credentials-in-url
REPLICA_URL = f"postgresql://{os.environ['DB_USER']}:{os.environ['DB_PASSWORD']}@replica.internal.acme.io/billing"
# ok: secrets.generic.hardcoded-secret.credentials-in-url
CACHE_URL = "redis://default:${REDIS_PASSWORD}@cache.internal.acme.io:6379/0"

# Safe: documentation / local defaults with placeholder or low-entropy passwords.
# ok: secrets.generic.hardcoded-secret.credentials-in-url
DOCS_URL = "postgresql://user:password@localhost:5432/app"
# ok: secrets.generic.hardcoded-secret.credentials-in-url
LOCAL_URL = "postgresql://postgres:postgres@localhost:5432/app_test"
# ok: secrets.generic.hardcoded-secret.credentials-in-url
SAMPLE_URL = "mysql://admin:Q7xZ3mN8pL2vW4kR@db.example.com/shop"

# Safe: no password in the URL.
# ok: secrets.generic.hardcoded-secret.credentials-in-url
PUBLIC_REPO = "https://github.com/acme/platform.git"
