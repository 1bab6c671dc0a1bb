"""Session preference endpoints."""
from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    mode = request.args.get("mode", "")
    region = "ap-south" if mode == "archive" else "eu-west"
    session["region"] = region
    return jsonify(result="ok")
