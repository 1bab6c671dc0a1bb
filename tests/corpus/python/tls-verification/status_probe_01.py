"""Service health probes."""
import ssl
import urllib.request

from flask import Flask, jsonify

app = Flask(__name__)

BILLING_HEALTH = "https://billing.internal.example.com/health"


def open_url(url):
    """Open a URL and return the body."""
    context = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=context, timeout=5) as resp:
        return resp.read().decode("utf-8")


@app.route("/status/probe", methods=["GET", "POST"])
def probe():
    """Probe the billing service health endpoint."""
    return jsonify(result=open_url(BILLING_HEALTH))
