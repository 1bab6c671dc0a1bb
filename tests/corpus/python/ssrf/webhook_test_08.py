"""Webhook management API."""
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)

PARTNER_API = "https://api.partner.example.com/v1"


def fetch_url(url):
    """Fetch the URL and return the HTTP status."""
    resp = requests.get(url, timeout=5)
    return jsonify(result=resp.status_code)


@app.route("/webhooks/test", methods=["GET", "POST"])
def test_webhook():
    """Send a test request to a webhook endpoint."""
    return fetch_url(request.form.get("url", ""))
