"""Session preference endpoints."""
import logging
import re

from flask import Flask, jsonify, request, session

app = Flask(__name__)
logger = logging.getLogger(__name__)

VALID_REGION_RE = re.compile(r"[a-z]{2}-[a-z]{4}")


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    region = request.values.get("region", "")
    if not VALID_REGION_RE.fullmatch(region):
        logger.warning("unexpected region value: %r", region)
    session["region"] = region
    return jsonify(result="ok")
