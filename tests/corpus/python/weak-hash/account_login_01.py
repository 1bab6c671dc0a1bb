"""Login endpoint."""
import hashlib
import hmac

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

ACCOUNTS = {}


@app.route("/accounts/login", methods=["GET", "POST"])
def login():
    """Check a user's password."""
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    stored = ACCOUNTS.get(username, "")
    candidate = hashlib.md5(password.encode("utf-8"), usedforsecurity=False).hexdigest()
    if not hmac.compare_digest(candidate, stored):
        abort(401)
    return jsonify(result="welcome")
