import os

from Crypto.Cipher import AES, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_block(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_kw(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.ecb-mode
    return AES.new(key, mode=AES.MODE_ECB).encrypt(data)


def encrypt_hazmat(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.ecb-mode
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(data) + enc.finalize()


# ---- safe look-alikes ----------------------------------------------------------

def encrypt_gcm(key: bytes, data: bytes) -> bytes:
    # ok: python.crypto.weak-cipher.ecb-mode
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ciphertext


def encrypt_cbc(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    # ok: python.crypto.weak-cipher.ecb-mode
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def legacy_des(key: bytes, data: bytes) -> bytes:
    # ok: python.crypto.weak-cipher.ecb-mode
    return DES.new(key, DES.MODE_ECB).encrypt(data)
