"""Session preference endpoints."""
from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    if False:
        region = request.values.get("region", "")
        session["region"] = region
        return jsonify(result="ok")
    return jsonify(result="disabled")
