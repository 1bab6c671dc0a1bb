import secrets

from fastapi import FastAPI, Response
from flask import Flask, make_response

app = Flask(__name__)
api = FastAPI()
STRICT = {"secure": True, "httponly": True}


@app.route("/login", methods=["POST"])
def login():
    resp = make_response("welcome")
    # ruleid: python.cookie.insecure-cookie.set-cookie-samesite
    resp.set_cookie("session_id", secrets.token_urlsafe(32), secure=True, httponly=True)
    return resp


@api.post("/token")
def token(response: Response):
    # ruleid: python.cookie.insecure-cookie.set-cookie-samesite
    response.set_cookie("refresh", secrets.token_urlsafe(32), httponly=True, secure=True, samesite=None)
    return {"ok": True}


@app.route("/opts", methods=["POST"])
def opts():
    resp = make_response("ok")
    # ruleid: python.cookie.insecure-cookie.set-cookie-samesite
    resp.set_cookie("sid", secrets.token_urlsafe(16), **STRICT)
    return resp


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/login/safe", methods=["POST"])
def login_safe():
    resp = make_response("welcome")
    # ok: python.cookie.insecure-cookie.set-cookie-samesite
    resp.set_cookie("session_id", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp


@api.post("/token/safe")
def token_safe(response: Response):
    # ok: python.cookie.insecure-cookie.set-cookie-samesite
    response.set_cookie("refresh", secrets.token_urlsafe(32), httponly=True, secure=True, samesite="strict")
    return {"ok": True}


@app.route("/plain")
def plain():
    resp = make_response("ok")
    # ok: python.cookie.insecure-cookie.set-cookie-samesite
    resp.set_cookie("theme", "dark")
    return resp
