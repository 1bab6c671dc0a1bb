"""Network diagnostics endpoints for the ops dashboard."""
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/diagnostics/ping", methods=["GET", "POST"])
def ping_host():
    """Run a reachability check against a host."""
    host = request.form.get("host", "")
    command = "nslookup %s 10.0.0.2" % host
    output = os.popen(command).read()
    return jsonify(result=output)
