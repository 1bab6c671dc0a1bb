import base64
import json
import marshal
import shelve

from flask import Flask, request

app = Flask(__name__)
STORES = {"users": "/srv/state/users.db", "jobs": "/srv/state/jobs.db"}


@app.route("/code", methods=["POST"])
def load_code():
    # ruleid: python.deserialization.marshal.marshal-shelve
    code = marshal.loads(request.data)
    return {"names": list(code.co_names)}


def unpack(blob):
    return base64.b64decode(blob)


@app.route("/prefs")
def prefs():
    # ruleid: python.deserialization.marshal.marshal-shelve
    return {"prefs": marshal.loads(unpack(request.cookies["prefs"]))}


@app.route("/store/<name>")
def store(name):
    # ruleid: python.deserialization.marshal.marshal-shelve
    with shelve.open(f"/srv/state/{name}") as db:
        return {"keys": list(db.keys())}


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/prefs/json")
def prefs_json():
    # ok: python.deserialization.marshal.marshal-shelve
    return {"prefs": json.loads(unpack(request.cookies["prefs"]))}


@app.route("/store/safe/<name>")
def store_safe(name):
    path = STORES.get(name, STORES["users"])
    # ok: python.deserialization.marshal.marshal-shelve
    with shelve.open(path) as db:
        return {"keys": list(db.keys())}


def compile_cache():
    with open("/srv/cache/module.bin", "rb") as fh:
        # ok: python.deserialization.marshal.marshal-shelve
        return marshal.load(fh)
