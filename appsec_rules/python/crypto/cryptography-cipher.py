import os

from cryptography.fernet import Fernet
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_3des(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(8)
    # ruleid: python.crypto.weak-cipher.cryptography-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(data) + enc.finalize()


def rc4(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.cryptography-cipher
    enc = Cipher(ARC4(key), mode=None).encryptor()
    return enc.update(data)


def blowfish(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher.cryptography-cipher
    algo = algorithms.Blowfish(key)
    return Cipher(algo, modes.CFB(iv)).encryptor().update(data)


# ---- safe look-alikes ----------------------------------------------------------

def encrypt_gcm(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: python.crypto.weak-cipher.cryptography-cipher
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def encrypt_aes_ctr(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(16)
    # ok: python.crypto.weak-cipher.cryptography-cipher
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()


def token(data: bytes) -> bytes:
    # ok: python.crypto.weak-cipher.cryptography-cipher
    return Fernet(Fernet.generate_key()).encrypt(data)
