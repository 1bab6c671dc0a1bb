"""Session preference endpoints."""
import re

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)

VALID_REGION_RE = re.compile(r"[a-z]{2}-[a-z]{4}")


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    region = (request.get_json(silent=True) or {}).get("region", "")
    if not VALID_REGION_RE.fullmatch(region):
        abort(400)
    session["region"] = region
    return jsonify(result="ok")
