"""Signing helpers (fixture: the key material below is random bytes, not a real key)."""
import os

import jwt

# ruleid: secrets.generic.hardcoded-secret.private-key
SIGNING_KEY = """-----BEGIN RSA PRIVATE KEY-----
QF8QZGP/3pYTXOxtwUbaDEcaDdWpSaLvJj/4RG+CUDDFX8j0beIHz8KhZung8I2M
NLgUDO67aXOdwCOk3kl8DOntjCAreGpXSExBvb35p0Jnpz1Ne46rZB4qpCkTNYDn
z3+MOHPoVf/Cc20jjDE+FyxXjhdRPV5Cz5Ez4wW/3mliab6GNWBFVsAPf0eT91wg
-----END RSA PRIVATE KEY-----
"""

# Escaped newlines inside a single-line string (e.g. copied from a JSON service-account file).
# ruleid: secrets.generic.hardcoded-secret.private-key
SERVICE_ACCOUNT = {"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fIXTUREfake0nly0Q7xZ3mN8pL2vW4\n-----END PRIVATE KEY-----\n"}

# ruleid: secrets.generic.hardcoded-secret.private-key
DEPLOY_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDFAKEfixture0nly0Q7xZ3mN8pL2vW4kR6tY1hJ5gF3dS9aZ0xC7vB2nM4
-----END OPENSSH PRIVATE KEY-----"""


def sign(payload: dict) -> str:
    return jwt.encode(payload, SIGNING_KEY, algorithm="RS256")


# Safe: the key is read from a mounted secret file.
def load_key() -> str:
    # ok: secrets.generic.hardcoded-secret.private-key
    with open(os.environ["SIGNING_KEY_PATH"], encoding="ascii") as fh:
        return fh.read()


# Safe: only the PEM marker, used to validate input.
def is_private_key(text: str) -> bool:
    # ok: secrets.generic.hardcoded-secret.private-key
    return text.lstrip().startswith("-----BEGIN RSA PRIVATE KEY-----")


# Safe: a public key / certificate is not secret.
# ok: secrets.generic.hardcoded-secret.private-key
PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw
-----END PUBLIC KEY-----"""

# Safe: documentation placeholder.
# ok: secrets.generic.hardcoded-secret.private-key
KEY_TEMPLATE = "-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----"
