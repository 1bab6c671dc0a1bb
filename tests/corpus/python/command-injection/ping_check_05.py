"""Network diagnostics endpoints for the ops dashboard."""
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)

DEBUG_ONLY = False


@app.route("/diagnostics/ping", methods=["GET", "POST"])
def ping_host():
    """Run a reachability check against a host."""
    if DEBUG_ONLY and False:
        host = request.values.get("host", "")
        proc = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True, timeout=10)
        return jsonify(result=proc.stdout)
    return jsonify(result="disabled")
