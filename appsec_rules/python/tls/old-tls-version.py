import ssl

from OpenSSL import SSL


def legacy_client():
    # ruleid: python.tls.protocol.old-tls-version
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    # ruleid: python.tls.protocol.old-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def pyopenssl_context():
    # ruleid: python.tls.protocol.old-tls-version
    return SSL.Context(SSL.TLSv1_1_METHOD)


def allow_old(ctx):
    # ruleid: python.tls.protocol.old-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_1


# ---- safe look-alikes ----------------------------------------------------------

def modern_client():
    # ok: python.tls.protocol.old-tls-version
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def modern_server():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    # ok: python.tls.protocol.old-tls-version
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def check(ctx):
    # ok: python.tls.protocol.old-tls-version
    return ctx.minimum_version == ssl.TLSVersion.TLSv1


def pyopenssl_modern():
    # ok: python.tls.protocol.old-tls-version
    return SSL.Context(SSL.TLS_CLIENT_METHOD)
