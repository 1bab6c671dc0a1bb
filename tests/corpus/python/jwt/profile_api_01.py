"""Profile API authenticated with bearer tokens."""
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)

JWT_SECRET = os.environ["JWT_SECRET"]
PROFILES = {}


@app.route("/me", methods=["GET", "POST"])
def profile():
    """Return the caller's profile."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256", "none"])
    return jsonify(result=PROFILES.get(claims["sub"], {}))
