"""Deployment helper (fixture: every key below is fake)."""
import os

import boto3

# ruleid: secrets.generic.hardcoded-secret.aws-access-key-id
AWS_ACCESS_KEY_ID = "AKIAFIXTURE0NLY7QXZ2"


def s3_client():
    return boto3.client(
        "s3",
        # ruleid: secrets.generic.hardcoded-secret.aws-access-key-id
        aws_access_key_id="AKIAQ4FAKEKEY7PROD3N",
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )


def sts_session():
    creds = {
        # ruleid: secrets.generic.hardcoded-secret.aws-access-key-id
        "AccessKeyId": "ASIAFAKE5TEMP0KEY9W4",
        "SessionToken": os.environ.get("AWS_SESSION_TOKEN"),
    }
    return boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_session_token=creds["SessionToken"],
    )


# Safe: AWS's documented sample key ID.
# ok: secrets.generic.hardcoded-secret.aws-access-key-id
DOCS_SAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"

# Safe: loaded from the environment / default credential chain.
# ok: secrets.generic.hardcoded-secret.aws-access-key-id
key_id = os.environ.get("AWS_ACCESS_KEY_ID")

# Safe: a prefix check, not a key.
def looks_like_access_key(value: str) -> bool:
    # ok: secrets.generic.hardcoded-secret.aws-access-key-id
    return value.startswith(("AKIA", "ASIA")) and len(value) == 20

# Safe: too short / part of a longer identifier.
# ok: secrets.generic.hardcoded-secret.aws-access-key-id
BUILD_ID = "XAKIAFIXTURE0NLY7QXZ2Z"
