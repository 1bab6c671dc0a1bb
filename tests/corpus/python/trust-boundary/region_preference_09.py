"""Session preference endpoints."""
from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)

ALLOWED_REGIONS = frozenset({"eu-west", "us-east", "ap-south"})


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    region = request.values.get("region", "")
    if region not in ALLOWED_REGIONS:
        abort(400)
    session["region"] = region
    return jsonify(result="ok")
