"""Partner integration."""
import requests

from flask import Flask, jsonify

app = Flask(__name__)

PARTNER_URL = "https://partner.example.com/prices.json"


@app.route("/partner/sync", methods=["GET", "POST"])
def sync_partner():
    """Pull the partner price list."""
    resp = requests.get(PARTNER_URL, timeout=10, verify=False)
    return jsonify(result=resp.json())
