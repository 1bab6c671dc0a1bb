import os

from fastapi import FastAPI
from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
MEDIA = "/srv/media"


@app.route("/delete", methods=["POST"])
def delete():
    name = request.form["name"]
    # ruleid: python.path.traversal.os-filesystem
    os.remove(os.path.join(MEDIA, name))
    return "deleted"


@api.get("/browse")
def browse(folder: str = "."):
    # ruleid: python.path.traversal.os-filesystem
    return {"entries": os.listdir(f"{MEDIA}/{folder}")}


def archived_name(name):
    return os.path.join("/srv/archive", name)


@app.route("/archive", methods=["POST"])
def archive():
    data = request.get_json()
    src = os.path.join(MEDIA, secure_filename(data["file"]))
    # ruleid: python.path.traversal.os-filesystem
    os.rename(src, archived_name(data["dest"]))
    return "moved"


def make_album(request):
    # ruleid: python.path.traversal.os-filesystem
    os.makedirs(os.path.join(MEDIA, request.POST["album"]), exist_ok=True)


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/delete/safe", methods=["POST"])
def delete_safe():
    name = secure_filename(request.form["name"])
    # ok: python.path.traversal.os-filesystem
    os.remove(os.path.join(MEDIA, name))
    return "deleted"


@app.route("/delete/checked", methods=["POST"])
def delete_checked():
    path = os.path.abspath(os.path.join(MEDIA, request.form["name"]))
    if os.path.commonpath([MEDIA, path]) != MEDIA:
        abort(400)
    # ok: python.path.traversal.os-filesystem
    os.remove(path)
    return "deleted"


@app.route("/tmp-clean")
def tmp_clean():
    # ok: python.path.traversal.os-filesystem
    for entry in os.listdir("/tmp/app-cache"):
        os.remove(os.path.join("/tmp/app-cache", entry))
    return "ok"
