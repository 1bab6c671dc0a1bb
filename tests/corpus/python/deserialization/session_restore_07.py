"""Client state persistence endpoints."""
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def sanitize_state(value):
    """Sanitise the state before it is used."""
    return value.strip()


@app.route("/session/restore", methods=["GET", "POST"])
def restore_state():
    """Restore saved UI state sent back by the client."""
    state = sanitize_state((request.get_json(silent=True) or {}).get("state", ""))
    state = pickle.loads(base64.b64decode(state))
    return jsonify(result=repr(state))
