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
    response = make_response(body)
    # Legacy ETag scheme shared with the CDN; the digest is not a security control.
    # secops: ignore[python.crypto.weak-hash.hashlib-md5-sha1] -- ETag checksum of public assets, not a security use
    response.set_etag(hashlib.md5(body).hexdigest())
    return response
