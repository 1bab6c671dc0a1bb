"""Password reset flow."""
import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)

ALPHABET = string.ascii_letters + string.digits
PENDING = {}


@app.route("/password/reset", methods=["GET", "POST"])
def create_reset_token():
    """Create a password reset link."""
    email = request.form.get("email", "")
    token = "".join(random.choice(ALPHABET) for _ in range(32))
    PENDING[token] = email
    return jsonify(result="sent")
