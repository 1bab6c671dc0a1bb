import hashlib
import hmac


def hash_password(password: str, salt: bytes) -> str:
    # ruleid: python.crypto.weak-hash.hashlib-md5-sha1
    return hashlib.md5(salt + password.encode()).hexdigest()


def sign_payload(payload: bytes) -> str:
    # ruleid: python.crypto.weak-hash.hashlib-md5-sha1
    digest = hashlib.sha1()
    digest.update(payload)
    return digest.hexdigest()


def fingerprint(cert_der: bytes, algorithm: str = "md5") -> str:
    # ruleid: python.crypto.weak-hash.hashlib-md5-sha1
    return hashlib.new("MD5", cert_der).hexdigest()


def legacy_token(user_id: int) -> str:
    # ruleid: python.crypto.weak-hash.hashlib-md5-sha1
    return hashlib.new(name="sha1", data=str(user_id).encode()).hexdigest()


# ---- safe look-alikes ----------------------------------------------------------

def etag(body: bytes) -> str:
    # ok: python.crypto.weak-hash.hashlib-md5-sha1
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def checksum(data: bytes) -> str:
    # ok: python.crypto.weak-hash.hashlib-md5-sha1
    return hashlib.sha256(data).hexdigest()


def webhook_signature(secret: bytes, body: bytes) -> str:
    # ok: python.crypto.weak-hash.hashlib-md5-sha1
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def blake(data: bytes) -> str:
    # ok: python.crypto.weak-hash.hashlib-md5-sha1
    return hashlib.new("blake2b", data).hexdigest()
