import secrets

from django.http import HttpResponse
from fastapi import FastAPI, Response
from flask import Flask, make_response

app = Flask(__name__)
api = FastAPI()
COOKIE_OPTIONS = {"httponly": True, "secure": False, "samesite": "Lax"}
HARDENED = {"httponly": True, "secure": True, "samesite": "Strict"}


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("welcome")
    # ruleid: python.cookie.insecure-cookie.set-cookie-missing-secure
    resp.set_cookie("session_token", secrets.token_urlsafe(32))
    return resp


def remember_me(request):
    response = HttpResponse("ok")
    # ruleid: python.cookie.insecure-cookie.set-cookie-missing-secure
    response.set_cookie("remember", "1", max_age=30 * 86400, httponly=True, secure=False, samesite="Lax")
    return response


@api.post("/prefs")
def prefs(response: Response):
    # ruleid: python.cookie.insecure-cookie.set-cookie-missing-secure
    response.set_cookie(key="auth", value="abc", httponly=True, samesite="strict")
    return {"ok": True}


@app.route("/login/opts", methods=["POST"])
def login_opts():
    resp = make_response("welcome")
    # ruleid: python.cookie.insecure-cookie.set-cookie-missing-secure
    resp.set_cookie("session_token", secrets.token_urlsafe(32), **COOKIE_OPTIONS)
    return resp


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/login/safe", methods=["POST"])
def login_safe():
    resp = make_response("welcome")
    # ok: python.cookie.insecure-cookie.set-cookie-missing-secure
    resp.set_cookie("session_token", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/login/hardened", methods=["POST"])
def login_hardened():
    resp = make_response("welcome")
    # ok: python.cookie.insecure-cookie.set-cookie-missing-secure
    resp.set_cookie("session_token", secrets.token_urlsafe(32), **HARDENED)
    return resp


@app.route("/logout")
def logout():
    resp = make_response("bye")
    # ok: python.cookie.insecure-cookie.set-cookie-missing-secure
    resp.set_cookie("session_token", "", expires=0)
    return resp
