"""Webhook management API."""
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)

PARTNER_API = "https://api.partner.example.com/v1"


@app.route("/webhooks/test", methods=["GET", "POST"])
def test_webhook():
    """Send a test request to a webhook endpoint."""
    resp = requests.get(request.args.get("url", ""), timeout=5)
    return jsonify(result=resp.status_code)
