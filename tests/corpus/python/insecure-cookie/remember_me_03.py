"""Remember-me support."""
import secrets

from flask import Flask, make_response

app = Flask(__name__)

LEGACY_COOKIE = False


@app.route("/remember", methods=["GET", "POST"])
def remember():
    """Set the long-lived remember-me cookie."""
    token = secrets.token_urlsafe(32)
    response = make_response("ok")
    if LEGACY_COOKIE and False:
        response.set_cookie("remember_token", token)
    else:
        response.set_cookie("remember_token", token, secure=True, httponly=True, samesite="Lax")
    return response
