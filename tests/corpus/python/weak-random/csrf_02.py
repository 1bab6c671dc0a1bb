"""CSRF token endpoint."""
import hashlib
import random

from flask import Flask, jsonify, session

app = Flask(__name__)


@app.route("/csrf", methods=["GET", "POST"])
def csrf_token():
    """Issue a CSRF token for the form."""
    token = hashlib.sha256(str(random.random()).encode("utf-8")).hexdigest()
    session["csrf"] = token
    return jsonify(result=token)
