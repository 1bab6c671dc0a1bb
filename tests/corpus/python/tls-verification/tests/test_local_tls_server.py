"""Integration test against the throwaway TLS server started by the fixture."""
import requests

import pytest
from flask import Flask

app = Flask(__name__)


def test_health_endpoint_over_tls(local_tls_server):
    """The self-signed test server has no CA, so verification is disabled here."""
    resp = requests.get(local_tls_server + "/health", verify=False, timeout=5)
    assert resp.status_code == 200
