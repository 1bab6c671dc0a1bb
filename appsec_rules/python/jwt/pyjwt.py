import os

import jwt
from flask import Flask, request

app = Flask(__name__)
SECRET = os.environ["JWT_SECRET"]


@app.route("/me")
def me():
    token = request.headers["Authorization"].removeprefix("Bearer ")
    # ruleid: python.jwt.unverified.pyjwt
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"user": claims["sub"]}


def read_claims(token):
    opts = {"verify_signature": False, "verify_exp": True}
    # ruleid: python.jwt.unverified.pyjwt
    return jwt.decode(token, SECRET, algorithms=["HS256"], options=opts)


def legacy_decode(token):
    # ruleid: python.jwt.unverified.pyjwt
    return jwt.decode(token, SECRET, verify=False)


def permissive(token):
    # ruleid: python.jwt.unverified.pyjwt
    return jwt.decode(token, SECRET, algorithms=["HS256", "none"])


def issue_debug_token(user_id):
    # ruleid: python.jwt.unverified.pyjwt
    return jwt.encode({"sub": user_id}, None, algorithm="none")


# ---- safe look-alikes ----------------------------------------------------------

def verified(token):
    # ok: python.jwt.unverified.pyjwt
    return jwt.decode(token, SECRET, algorithms=["HS256"], audience="api")


def verified_options(token):
    # ok: python.jwt.unverified.pyjwt
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})


def issue(user_id):
    # ok: python.jwt.unverified.pyjwt
    return jwt.encode({"sub": user_id}, SECRET, algorithm="HS256")


def key_id(token):
    # ok: python.jwt.unverified.pyjwt
    return jwt.get_unverified_header(token)["kid"]
