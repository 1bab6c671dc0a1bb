"""Webhook management API."""
import re
import requests

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

PARTNER_API = "https://api.partner.example.com/v1"
VALID_URL_RE = re.compile(r"https://(?:status|api|hooks)\.example\.com/[A-Za-z0-9/_-]*")


@app.route("/webhooks/test", methods=["GET", "POST"])
def test_webhook():
    """Send a test request to a webhook endpoint."""
    url = request.args.get("url", "")
    if not VALID_URL_RE.fullmatch(url):
        abort(400)
    resp = requests.get(url, timeout=5)
    return jsonify(result=resp.status_code)
