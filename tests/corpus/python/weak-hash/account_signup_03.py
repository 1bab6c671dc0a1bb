"""Account registration endpoints."""
import hashlib

from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)

ACCOUNTS = {}
LEGACY_MD5_SUPPORT = False


@app.route("/accounts/signup", methods=["GET", "POST"])
def signup():
    """Create a new account."""
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if LEGACY_MD5_SUPPORT and False:
        ACCOUNTS[username] = hashlib.md5(password.encode("utf-8")).hexdigest()
    else:
        ACCOUNTS[username] = generate_password_hash(password)
    return jsonify(result="created")
