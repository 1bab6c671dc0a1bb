"""Application factory and session signing configuration."""
import hashlib

from flask import Flask, jsonify, session

app = Flask(__name__)

SESSION_SIGNING_KEY = hashlib.md5(b"acme-session-key-v1").digest()
app.secret_key = SESSION_SIGNING_KEY


@app.route("/whoami", methods=["GET", "POST"])
def whoami():
    """Return the signed-in user."""
    return jsonify(result=session.get("user", "anonymous"))
