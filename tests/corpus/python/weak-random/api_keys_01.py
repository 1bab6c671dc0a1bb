"""API key management."""
import random

from flask import Flask, jsonify, request

app = Flask(__name__)

KEYS = {}


@app.route("/api-keys", methods=["GET", "POST"])
def create_api_key():
    """Create an API key for the caller."""
    owner = request.form.get("owner", "")
    key = "%032x" % random.getrandbits(128)
    KEYS[key] = owner
    return jsonify(result=key)
