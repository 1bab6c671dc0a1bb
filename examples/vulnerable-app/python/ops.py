"""Operational endpoints used by the on-call dashboard."""
import os
import subprocess

import requests
from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("ops", __name__, url_prefix="/ops")

REPORTS = {"daily": "daily.csv", "weekly": "weekly.csv"}


@bp.get("/ping")
def ping():
    """Ping a host from the application server."""
    host = request.args.get("host", "localhost")
    result = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True, timeout=10)
    return jsonify(output=result.stdout)


@bp.get("/disk")
def disk():
    """Disk usage of the data volume."""
    result = subprocess.run(["df", "-h", "/var/lib/inventory"], capture_output=True, text=True, timeout=10)
    return jsonify(output=result.stdout)


@bp.get("/reports/download")
def download_report():
    """Download a generated report file."""
    filename = request.args.get("file", "")
    return send_file(os.path.join(current_app.config["REPORT_DIR"], filename))


@bp.get("/reports/<kind>")
def named_report(kind):
    """Download one of the standard reports."""
    if kind not in REPORTS:
        abort(404)
    return send_file(os.path.join(current_app.config["REPORT_DIR"], REPORTS[kind]))


@bp.get("/fetch")
def fetch():
    """Fetch a URL on behalf of the dashboard (link previews)."""
    url = request.args.get("url", "")
    response = requests.get(url, timeout=5)
    return jsonify(status=response.status_code, length=len(response.content))


@bp.get("/status/<service>")
def status(service):
    """Health of an internal service chosen from the configured list."""
    endpoint = current_app.config["STATUS_ENDPOINTS"].get(service)
    if endpoint is None:
        abort(404)
    response = requests.get(endpoint, timeout=5)
    return jsonify(service=service, status=response.status_code)
