"""Session preference endpoints."""
from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    session["region"] = request.args.get("region", "")
    return jsonify(result="ok")
