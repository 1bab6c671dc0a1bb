"""Login endpoint issuing the session cookie."""
import secrets

from flask import Flask, make_response, request

app = Flask(__name__)

SESSIONS = {}


@app.route("/login", methods=["GET", "POST"])
def login():
    """Authenticate and start a session."""
    username = request.form.get("username", "")
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = username
    response = make_response("welcome")
    response.set_cookie("session_id", token, secure=True, httponly=False, samesite="Lax")
    return response
