"""Password reset flow."""
import hashlib
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)

RESET_TOKENS = {}


def token_fingerprint(token):
    """Return the fingerprint stored instead of the raw reset token."""
    return hashlib.sha1(token.encode("utf-8")).hexdigest()


@app.route("/password/reset", methods=["GET", "POST"])
def request_reset():
    """Issue a password reset token."""
    email = request.form.get("email", "")
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token_fingerprint(token)] = email
    return jsonify(result="sent")
