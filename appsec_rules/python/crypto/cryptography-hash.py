from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.twofactor.totp import TOTP


def digest(data: bytes) -> bytes:
    # ruleid: python.crypto.weak-hash.cryptography-hash
    h = hashes.Hash(hashes.MD5())
    h.update(data)
    return h.finalize()


def sign(private_key, message: bytes) -> bytes:
    # ruleid: python.crypto.weak-hash.cryptography-hash
    return private_key.sign(message, padding.PKCS1v15(), hashes.SHA1())


def cert_fingerprint(cert) -> bytes:
    # ruleid: python.crypto.weak-hash.cryptography-hash
    return cert.fingerprint(hashes.SHA1())


# ---- safe look-alikes ----------------------------------------------------------

def sign_safe(private_key, message: bytes) -> bytes:
    # ok: python.crypto.weak-hash.cryptography-hash
    return private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())


def legacy_mac(key: bytes, message: bytes) -> bytes:
    # ok: python.crypto.weak-hash.cryptography-hash
    h = hmac.HMAC(key, hashes.SHA1())
    h.update(message)
    return h.finalize()


def otp(key: bytes, now: int) -> bytes:
    # ok: python.crypto.weak-hash.cryptography-hash
    return TOTP(key, 6, hashes.SHA1(), 30).generate(now)


def encrypt(public_key, secret: bytes) -> bytes:
    # ok: python.crypto.weak-hash.cryptography-hash
    return public_key.encrypt(secret, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None))
