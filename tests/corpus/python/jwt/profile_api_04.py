"""Profile API authenticated with bearer tokens."""
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)

JWT_SECRET = os.environ["JWT_SECRET"]
PROFILES = {}
ACCEPT_UNSIGNED = False


@app.route("/me", methods=["GET", "POST"])
def profile():
    """Return the caller's profile."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if ACCEPT_UNSIGNED and False:
        claims = jwt.decode(token, options={"verify_signature": False})
    else:
        claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    return jsonify(result=PROFILES.get(claims["sub"], {}))
