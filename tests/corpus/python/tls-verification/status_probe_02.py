"""Service health probes."""
import ssl
import urllib.request

from flask import Flask, jsonify

app = Flask(__name__)

BILLING_HEALTH = "https://billing.internal.example.com/health"
INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


@app.route("/status/probe", methods=["GET", "POST"])
def probe():
    """Probe the billing service health endpoint."""
    context = ssl.create_default_context(cafile=INTERNAL_CA)
    with urllib.request.urlopen(BILLING_HEALTH, context=context, timeout=5) as resp:
        return jsonify(result=resp.read().decode("utf-8"))
