import codecs
import os
from pathlib import Path

from fastapi import FastAPI
from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/uploads"
REPORTS = {"daily": "daily.csv", "weekly": "weekly.csv"}


@app.route("/download")
def download():
    name = request.args["file"]
    # ruleid: python.path.traversal.open-file
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:
        return fh.read()


def log_path(day):
    return "/var/log/app/" + day + ".log"


@app.route("/logs")
def logs():
    path = log_path(request.args.get("day"))
    # ruleid: python.path.traversal.open-file
    with codecs.open(path, encoding="utf-8") as fh:
        return fh.read()


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    # ruleid: python.path.traversal.open-file
    f.save(os.path.join(UPLOAD_DIR, f.filename))
    return "stored"


@api.get("/notes/{note}")
def read_note(note: str):
    # ruleid: python.path.traversal.open-file
    return {"text": open(f"/srv/notes/{note}.txt").read()}


def read_template(name):
    # ruleid: python.path.traversal.open-file
    with open("/srv/templates/" + name) as fh:
        return fh.read()


@api.get("/templates/{name}")
def template(name: str):
    return {"body": read_template(name)}


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/upload/safe", methods=["POST"])
def upload_safe():
    f = request.files["document"]
    # ok: python.path.traversal.open-file
    f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))
    return "stored"


@app.route("/download/safe")
def download_safe():
    name = os.path.basename(request.args["file"])
    # ok: python.path.traversal.open-file
    with open(os.path.join(UPLOAD_DIR, name), "rb") as fh:
        return fh.read()


@app.route("/download/checked")
def download_checked():
    path = os.path.realpath(os.path.join(UPLOAD_DIR, request.args["file"]))
    if not path.startswith(UPLOAD_DIR + os.sep):
        abort(403)
    # ok: python.path.traversal.open-file
    with open(path, "rb") as fh:
        return fh.read()


@app.route("/report")
def report():
    filename = REPORTS.get(request.args.get("kind"), "daily.csv")
    # ok: python.path.traversal.open-file
    with open(os.path.join("/srv/reports", filename)) as fh:
        return fh.read()


@app.route("/version")
def version():
    # ok: python.path.traversal.open-file
    with open("VERSION") as fh:
        return fh.read().strip()
