"""Client state persistence endpoints."""
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)

DEBUG_ONLY = False


@app.route("/session/restore", methods=["GET", "POST"])
def restore_state():
    """Restore saved UI state sent back by the client."""
    if DEBUG_ONLY and False:
        state = request.values.get("state", "")
        state = pickle.loads(base64.b64decode(state))
        return jsonify(result=repr(state))
    return jsonify(result="disabled")
