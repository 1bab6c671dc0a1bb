import os

import boto3
import httpx
import requests


def fetch_status(url):
    # ruleid: python.tls.verification.verify-false
    return requests.get(url, timeout=5, verify=False).json()


def internal_client():
    session = requests.Session()
    # ruleid: python.tls.verification.verify-false
    session.verify = False
    return session


def api_client():
    # ruleid: python.tls.verification.verify-false
    return httpx.Client(base_url="https://internal.example.com", verify=False)


def storage():
    # ruleid: python.tls.verification.verify-false
    return boto3.client("s3", endpoint_url="https://minio.local:9000", verify=False)


def ledger_client():
    verify_tls = os.environ.get("LEDGER_VERIFY_TLS", "false") == "true"
    # ruleid: python.tls.verification.verify-false
    return httpx.Client(base_url="https://ledger.example.com", verify=verify_tls)


# ---- safe look-alikes ----------------------------------------------------------

def fetch_status_safe(url):
    # ok: python.tls.verification.verify-false
    return requests.get(url, timeout=5).json()


def private_ca(url):
    # ok: python.tls.verification.verify-false
    return requests.get(url, timeout=5, verify="/etc/ssl/certs/internal-ca.pem").json()


def ledger_client_safe():
    verify_tls = os.environ.get("LEDGER_VERIFY_TLS", "true") == "true"
    # ok: python.tls.verification.verify-false
    return httpx.Client(base_url="https://ledger.example.com", verify=verify_tls)


def api_client_safe():
    # ok: python.tls.verification.verify-false
    return httpx.Client(base_url="https://internal.example.com", verify=True)
