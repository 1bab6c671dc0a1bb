"""Session preference endpoints."""
from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    region = request.form.get("region", "")
    label = "region:" + region
    session["region_label"] = label
    return jsonify(result="ok")
