import os

from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.security import safe_join

app = Flask(__name__)
api = FastAPI()
FILES = "/srv/files"


@app.route("/get")
def get_file():
    name = request.args["name"]
    # ruleid: python.path.traversal.send-file
    return send_file(os.path.join(FILES, name), as_attachment=True)


def invoice_path(number):
    return f"/srv/invoices/{number}.pdf"


@app.route("/invoice/<number>")
def invoice(number):
    # ruleid: python.path.traversal.send-file
    return send_file(invoice_path(number), mimetype="application/pdf")


@api.get("/media")
async def media(path: str):
    # ruleid: python.path.traversal.send-file
    return FileResponse(os.path.join("/srv/media", path))


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/get/safe")
def get_file_safe():
    # ok: python.path.traversal.send-file
    return send_from_directory(FILES, request.args["name"], as_attachment=True)


@app.route("/get/joined")
def get_file_joined():
    path = safe_join(FILES, request.args["name"])
    # ok: python.path.traversal.send-file
    return send_file(path)


@api.get("/logo")
async def logo():
    # ok: python.path.traversal.send-file
    return FileResponse("/srv/static/logo.png")


@api.get("/thumb/{image_id}")
async def thumb(image_id: int):
    # ok: python.path.traversal.send-file
    return FileResponse(f"/srv/thumbs/{image_id}.png")
