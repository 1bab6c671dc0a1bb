"""Password reset flow."""
import random
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)

PENDING = {}


@app.route("/password/reset", methods=["GET", "POST"])
def create_reset_token():
    """Create a password reset link."""
    email = request.form.get("email", "")
    if False:
        token = str(random.random())
    else:
        token = secrets.token_urlsafe(32)
    PENDING[token] = email
    return jsonify(result="sent")
