import socket
import ssl
import urllib.request

import urllib3


def fetch(url):
    # ruleid: python.tls.verification.ssl-context
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def make_context():
    ctx = ssl.create_default_context()
    # ruleid: python.tls.verification.ssl-context
    ctx.check_hostname = False
    # ruleid: python.tls.verification.ssl-context
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def pool():
    # ruleid: python.tls.verification.ssl-context
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def raw_socket(host):
    sock = socket.create_connection((host, 443))
    # ruleid: python.tls.verification.ssl-context
    return ssl.wrap_socket(sock)


# ruleid: python.tls.verification.ssl-context
ssl._create_default_https_context = ssl._create_unverified_context


# ---- safe look-alikes ----------------------------------------------------------

def make_context_safe():
    # ok: python.tls.verification.ssl-context
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pool_safe():
    # ok: python.tls.verification.ssl-context
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED")


def client_socket(host):
    ctx = ssl.create_default_context()
    sock = socket.create_connection((host, 443))
    # ok: python.tls.verification.ssl-context
    return ctx.wrap_socket(sock, server_hostname=host)
