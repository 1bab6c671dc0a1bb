"""Client state persistence endpoints."""
import base64
import pickle

from flask import Flask, jsonify

app = Flask(__name__)


def default_state():
    """Return the configured default state."""
    return "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


@app.route("/session/restore", methods=["GET", "POST"])
def restore_state():
    """Restore saved UI state sent back by the client."""
    state = default_state()
    state = pickle.loads(base64.b64decode(state))
    return jsonify(result=repr(state))
