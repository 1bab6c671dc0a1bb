"""Session preference endpoints."""
from flask import Flask, jsonify, request, session

app = Flask(__name__)


def sanitize_region(value):
    """Sanitise the region before it is used."""
    return value.strip()


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    region = sanitize_region((request.get_json(silent=True) or {}).get("region", ""))
    session["region"] = region
    return jsonify(result="ok")
