"""Session preference endpoints."""
import configparser

from flask import Flask, jsonify, session

app = Flask(__name__)

SERVICE_CONFIG = configparser.ConfigParser()
SERVICE_CONFIG.read("/etc/app/service.ini")


@app.route("/preferences/region", methods=["GET", "POST"])
def set_region():
    """Remember the data-residency region for this session."""
    region = SERVICE_CONFIG.get("defaults", "region", fallback="ap-south")
    session["region"] = region
    return jsonify(result="ok")
