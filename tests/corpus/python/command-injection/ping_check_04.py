"""Network diagnostics endpoints for the ops dashboard."""
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/diagnostics/ping", methods=["GET", "POST"])
def ping_host():
    """Run a reachability check against a host."""
    host = "localhost"
    override = (request.get_json(silent=True) or {}).get("host", "")
    if override:
        host = override
    proc = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True, timeout=10)
    return jsonify(result=proc.stdout)
