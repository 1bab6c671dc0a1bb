from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dh, dsa, rsa


def make_rsa():
    # ruleid: python.crypto.weak-key.rsa-dsa-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def make_rsa_positional():
    # ruleid: python.crypto.weak-key.rsa-dsa-key-size
    return rsa.generate_private_key(65537, 3072)


def make_dsa():
    # ruleid: python.crypto.weak-key.rsa-dsa-key-size
    return dsa.generate_private_key(key_size=3072)


def legacy_rsa():
    # ruleid: python.crypto.weak-key.rsa-dsa-key-size
    return RSA.generate(3072)


def dh_params():
    # ruleid: python.crypto.weak-key.rsa-dsa-key-size
    return dh.generate_parameters(generator=2, key_size=3072)


# ---- safe look-alikes ----------------------------------------------------------

def make_rsa_safe():
    # ok: python.crypto.weak-key.rsa-dsa-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def legacy_rsa_safe():
    # ok: python.crypto.weak-key.rsa-dsa-key-size
    return RSA.generate(2048)


def make_dsa_safe():
    # ok: python.crypto.weak-key.rsa-dsa-key-size
    return DSA.generate(bits=3072)
