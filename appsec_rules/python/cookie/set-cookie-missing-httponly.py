import secrets

from django.http import HttpResponse
from flask import Flask, make_response

app = Flask(__name__)
SESSION_COOKIE = {"secure": True, "samesite": "Lax"}
FULL_COOKIE = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("welcome")
    # ruleid: python.cookie.insecure-cookie.set-cookie-missing-httponly
    resp.set_cookie("session_id", secrets.token_urlsafe(32), secure=True, httponly=False, samesite="Lax")
    return resp


def start_session(request):
    response = HttpResponse("ok")
    # ruleid: python.cookie.insecure-cookie.set-cookie-missing-httponly
    response.set_cookie("sessionid", secrets.token_hex(16), secure=True, samesite="Strict")
    return response


@app.route("/sso", methods=["POST"])
def sso():
    resp = make_response("ok")
    # ruleid: python.cookie.insecure-cookie.set-cookie-missing-httponly
    resp.set_cookie("sso", secrets.token_urlsafe(16), **SESSION_COOKIE)
    return resp


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/login/safe", methods=["POST"])
def login_safe():
    resp = make_response("welcome")
    # ok: python.cookie.insecure-cookie.set-cookie-missing-httponly
    resp.set_cookie("session_id", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/sso/safe", methods=["POST"])
def sso_safe():
    resp = make_response("ok")
    # ok: python.cookie.insecure-cookie.set-cookie-missing-httponly
    resp.set_cookie("sso", secrets.token_urlsafe(16), **FULL_COOKIE)
    return resp


@app.route("/legacy", methods=["POST"])
def legacy():
    resp = make_response("ok")
    # ok: python.cookie.insecure-cookie.set-cookie-missing-httponly
    resp.set_cookie("legacy", "1", httponly=False)
    return resp
