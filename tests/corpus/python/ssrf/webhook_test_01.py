"""Webhook management API."""
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)

PARTNER_API = "https://api.partner.example.com/v1"


def default_url():
    """Return the configured default url."""
    return "https://api.example.com/v1/ping"


@app.route("/webhooks/test", methods=["GET", "POST"])
def test_webhook():
    """Send a test request to a webhook endpoint."""
    url = default_url()
    resp = requests.get(url, timeout=5)
    return jsonify(result=resp.status_code)
