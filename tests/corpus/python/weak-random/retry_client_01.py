"""Inventory sync with retry and backoff."""
import random
import requests
import time

from flask import Flask, jsonify

app = Flask(__name__)

UPSTREAM = "https://inventory.example.com/api/items"


def fetch_with_backoff(url, attempts=5):
    """GET with exponential backoff and jitter to avoid thundering herds."""
    delay = 0.5
    for _ in range(attempts):
        resp = requests.get(url, timeout=10)
        if resp.status_code < 500:
            return resp
        time.sleep(delay * random.uniform(0.5, 1.5))
        delay *= 2
    return resp


@app.route("/inventory/sync", methods=["GET", "POST"])
def sync_inventory():
    """Pull inventory from the upstream API."""
    resp = fetch_with_backoff(UPSTREAM)
    return jsonify(result=resp.status_code)
