"""Static asset serving with strong ETags."""
import hashlib
import os

from flask import Blueprint, abort, make_response

bp = Blueprint("assets", __name__, url_prefix="/assets")

ASSET_DIR = os.path.join(os.path.dirname(__file__), "static")


@bp.get("/<path:name>")
def asset(name):
    """Serve a public asset and tag it with a content hash."""
    path = os.path.join(ASSET_DIR, os.path.basename(name))
    if not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        body = fh.read()
    # secops: ignore[python.xss.flask.response-body] -- bytes of a bundled static asset (basename-confined), not HTML built from input
    response = make_response(body)
    response.set_etag(hashlib.md5(body, usedforsecurity=False).hexdigest())
    return response
