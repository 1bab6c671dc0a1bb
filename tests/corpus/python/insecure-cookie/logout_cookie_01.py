"""Logout endpoint."""
from flask import Flask, make_response, request

app = Flask(__name__)

SESSIONS = {}


@app.route("/logout", methods=["GET", "POST"])
def logout():
    """End the session."""
    SESSIONS.pop(request.cookies.get("session_id", ""), None)
    response = make_response("bye")
    response.set_cookie("session_id", "", expires=0)
    return response
