"""Static asset endpoint."""
import hashlib
import os

from flask import Flask, make_response, send_from_directory

app = Flask(__name__)

ASSET_DIR = "/srv/app/public"


@app.route("/assets/<name>", methods=["GET", "POST"])
def asset(name):
    """Serve a static asset with an ETag."""
    response = make_response(send_from_directory(ASSET_DIR, name))
    with open(os.path.join(ASSET_DIR, os.path.basename(name)), "rb") as fh:
        response.set_etag(hashlib.md5(fh.read()).hexdigest())
    return response
