import json

import jsonpickle
from fastapi import FastAPI, Request
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()


@app.route("/session/import", methods=["POST"])
def import_session():
    # ruleid: python.deserialization.jsonpickle.jsonpickle-decode
    session_obj = jsonpickle.decode(request.data)
    return {"user": session_obj.user}


@api.post("/objects")
async def create_object(request: Request):
    body = await request.body()
    text = body.decode("utf-8")
    # ruleid: python.deserialization.jsonpickle.jsonpickle-decode
    obj = jsonpickle.decode(text, keys=True)
    return {"type": type(obj).__name__}


def settings_import(request):
    payload = request.POST["payload"]
    # ruleid: python.deserialization.jsonpickle.jsonpickle-decode
    return jsonpickle.decode("{" + payload + "}")


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/session/import/json", methods=["POST"])
def import_session_json():
    # ok: python.deserialization.jsonpickle.jsonpickle-decode
    data = json.loads(request.data)
    return {"user": data.get("user")}


@app.route("/snapshot")
def snapshot():
    with open("/srv/snapshots/latest.json") as fh:
        # ok: python.deserialization.jsonpickle.jsonpickle-decode
        state = jsonpickle.decode(fh.read())
    return {"n": len(state)}


@app.route("/export")
def export():
    # ok: python.deserialization.jsonpickle.jsonpickle-decode
    return jsonpickle.encode({"query": request.args.get("q")})
