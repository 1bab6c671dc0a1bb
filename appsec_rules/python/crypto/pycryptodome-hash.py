from Crypto.Hash import HMAC, MD5, SHA1, SHA256
from Crypto.PublicKey import RSA
from Crypto.Signature import pkcs1_15
from Cryptodome.Hash import MD4


def file_digest(data: bytes) -> str:
    # ruleid: python.crypto.weak-hash.pycryptodome-hash
    h = MD5.new()
    h.update(data)
    return h.hexdigest()


def sign(key: RSA.RsaKey, message: bytes) -> bytes:
    # ruleid: python.crypto.weak-hash.pycryptodome-hash
    digest = SHA1.new(message)
    return pkcs1_15.new(key).sign(digest)


def ntlm_like(password: str) -> str:
    # ruleid: python.crypto.weak-hash.pycryptodome-hash
    return MD4.new(password.encode("utf-16le")).hexdigest()


# ---- safe look-alikes ----------------------------------------------------------

def sign_safe(key: RSA.RsaKey, message: bytes) -> bytes:
    # ok: python.crypto.weak-hash.pycryptodome-hash
    digest = SHA256.new(message)
    return pkcs1_15.new(key).sign(digest)


def mac(key: bytes, message: bytes) -> str:
    # ok: python.crypto.weak-hash.pycryptodome-hash
    return HMAC.new(key, message, digestmod=SHA256).hexdigest()


def digest_name() -> str:
    # ok: python.crypto.weak-hash.pycryptodome-hash
    return SHA256.new(b"").name
