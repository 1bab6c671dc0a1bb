import base64
import hashlib
import hmac
import json
import pickle

import dill
import pandas as pd
from fastapi import FastAPI, Request
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
SIGNING_KEY = b"loaded-from-env"


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    # ruleid: python.deserialization.pickle.pickle-loads
    items = pickle.loads(base64.b64decode(raw))
    return {"items": items}


@app.route("/model", methods=["POST"])
def upload_model():
    # ruleid: python.deserialization.pickle.pickle-loads
    model = pickle.load(request.files["model"])
    return {"type": type(model).__name__}


def decode_state(blob):
    return base64.urlsafe_b64decode(blob.encode())


@api.post("/restore")
async def restore(request: Request):
    body = await request.body()
    state = decode_state(body.decode())
    # ruleid: python.deserialization.pickle.pickle-loads
    return {"state": dill.loads(state)}


def import_frame(request):
    # ruleid: python.deserialization.pickle.pickle-loads
    frame = pd.read_pickle(request.FILES["frame"])
    return frame.shape


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/cart/json")
def cart_json():
    # ok: python.deserialization.pickle.pickle-loads
    items = json.loads(base64.b64decode(request.cookies.get("cart", "W10=")))
    return {"items": items}


@app.route("/cart/signed")
def cart_signed():
    blob = base64.b64decode(request.cookies["cart"])
    sig, payload = blob[:32], blob[32:]
    if not hmac.compare_digest(sig, hmac.new(SIGNING_KEY, payload, hashlib.sha256).digest()):
        return {"error": "tampered"}, 400
    # ok: python.deserialization.pickle.pickle-loads
    return {"items": pickle.loads(payload)}


def warm_cache():
    with open("/var/cache/app/index.pkl", "rb") as fh:
        # ok: python.deserialization.pickle.pickle-loads
        return pickle.load(fh)
