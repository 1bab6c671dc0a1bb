"""Client state persistence endpoints."""
import base64
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/session/restore", methods=["GET", "POST"])
def restore_state():
    """Restore saved UI state sent back by the client."""
    state = request.values.get("state", "")
    state = json.loads(base64.b64decode(state))
    return jsonify(result=repr(state))
