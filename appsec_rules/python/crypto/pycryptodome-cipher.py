from Crypto.Cipher import AES, ARC4, DES, DES3, Blowfish
from Crypto.Random import get_random_bytes
from Cryptodome.Cipher import ChaCha20_Poly1305


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.pycryptodome-cipher
    cipher = DES.new(key, DES.MODE_CBC, iv=b"\x00" * 8)
    return cipher.encrypt(data)


def stream(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.pycryptodome-cipher
    return ARC4.new(key).encrypt(data)


def triple(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.pycryptodome-cipher
    cipher = DES3.new(key, DES3.MODE_EAX)
    return cipher.nonce + cipher.encrypt(data)


def fish(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.pycryptodome-cipher
    return Blowfish.new(key, Blowfish.MODE_CFB).encrypt(data)


# ---- safe look-alikes ----------------------------------------------------------

def encrypt(key: bytes, data: bytes) -> bytes:
    # ok: python.crypto.weak-cipher.pycryptodome-cipher
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def chacha(key: bytes, data: bytes) -> bytes:
    # ok: python.crypto.weak-cipher.pycryptodome-cipher
    cipher = ChaCha20_Poly1305.new(key=key)
    return cipher.nonce + cipher.encrypt(data)


def new_key() -> bytes:
    # ok: python.crypto.weak-cipher.pycryptodome-cipher
    return get_random_bytes(32)
