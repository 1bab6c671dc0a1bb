"""Session preference endpoints."""
from flask import Flask, jsonify, session

app = Flask(__name__)


def default_region():
    """Return the configured default region."""
    return "us-east"


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    region = default_region()
    session["region"] = region
    return jsonify(result="ok")
