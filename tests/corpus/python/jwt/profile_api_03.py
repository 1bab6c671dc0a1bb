"""Profile API authenticated with bearer tokens."""
import jwt

from flask import Flask, jsonify, request

app = Flask(__name__)

PROFILES = {}


@app.route("/me", methods=["GET", "POST"])
def profile():
    """Return the caller's profile."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return jsonify(result=PROFILES.get(claims["sub"], {}))
