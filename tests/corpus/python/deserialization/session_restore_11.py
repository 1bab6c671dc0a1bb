"""Client state persistence endpoints."""
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def load_state(state):
    """Decode a serialised state blob."""
    state = pickle.loads(base64.b64decode(state))
    return jsonify(result=repr(state))


@app.route("/session/restore", methods=["GET", "POST"])
def restore_state():
    """Restore saved UI state sent back by the client."""
    return load_state(request.form.get("state", ""))
