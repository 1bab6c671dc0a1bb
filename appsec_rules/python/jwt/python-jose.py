import os

from fastapi import FastAPI, Header
from jose import jwt

app = FastAPI()
PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]


@app.get("/me")
async def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    # ruleid: python.jwt.unverified.python-jose
    claims = jwt.decode(token, PUBLIC_KEY, options={"verify_signature": False})
    return {"user": claims["sub"]}


def any_algorithm(token):
    # ruleid: python.jwt.unverified.python-jose
    return jwt.decode(token, PUBLIC_KEY)


def explicit_none(token):
    # ruleid: python.jwt.unverified.python-jose
    return jwt.decode(token, PUBLIC_KEY, algorithms=None, audience="api")


def skip_checks(token):
    options = {"verify_signature": False, "verify_aud": False}
    # ruleid: python.jwt.unverified.python-jose
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options=options)


# ---- safe look-alikes ----------------------------------------------------------

def verified(token):
    # ok: python.jwt.unverified.python-jose
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")


def verified_no_aud(token):
    # ok: python.jwt.unverified.python-jose
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})


def header(token):
    # ok: python.jwt.unverified.python-jose
    return jwt.get_unverified_header(token)
