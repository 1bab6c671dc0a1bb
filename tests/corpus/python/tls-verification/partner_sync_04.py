"""Partner integration using a shared session."""
import requests

from flask import Flask, jsonify

app = Flask(__name__)

PARTNER_URL = "https://partner.example.com/prices.json"
SESSION = requests.Session()
SESSION.verify = False


@app.route("/partner/sync", methods=["GET", "POST"])
def sync_partner():
    """Pull the partner price list."""
    resp = SESSION.get(PARTNER_URL, timeout=10)
    return jsonify(result=resp.json())
