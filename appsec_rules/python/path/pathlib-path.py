from pathlib import Path

from fastapi import FastAPI
from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
BASE = Path("/srv/data")


@app.route("/doc")
def doc():
    name = request.args["name"]
    # ruleid: python.path.traversal.pathlib-path
    return (BASE / name).read_text()


@app.route("/avatar", methods=["POST"])
def avatar():
    target = Path("/srv/avatars") / request.form["user"]
    # ruleid: python.path.traversal.pathlib-path
    target.write_bytes(request.files["img"].read())
    return "ok"


def resolve_slot(slot):
    return Path(f"/tmp/cache/{slot}")


@api.delete("/cache/{slot}")
def drop_cache(slot: str):
    path = resolve_slot(slot)
    # ruleid: python.path.traversal.pathlib-path
    path.unlink(missing_ok=True)
    return {"deleted": slot}


def listing(request):
    folder = Path(request.GET["dir"])
    # ruleid: python.path.traversal.pathlib-path
    return [p.name for p in folder.iterdir()]


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/doc/safe")
def doc_safe():
    path = (BASE / request.args["name"]).resolve()
    if not path.is_relative_to(BASE):
        abort(404)
    # ok: python.path.traversal.pathlib-path
    return path.read_text()


@app.route("/doc/basename")
def doc_basename():
    name = secure_filename(request.args["name"])
    # ok: python.path.traversal.pathlib-path
    return (BASE / name).read_text()


@app.route("/readme")
def readme():
    # ok: python.path.traversal.pathlib-path
    return (BASE / "README.md").read_text()


@app.route("/clean")
def clean():
    label = request.args["label"]
    # ok: python.path.traversal.pathlib-path
    return label.replace("-", "_")
