"""Report download endpoints."""
import os

from flask import Flask, jsonify, request, send_file

app = Flask(__name__)

REPORT_DIR = "/srv/app/reports"
DEBUG_ONLY = False


@app.route("/reports/download", methods=["GET", "POST"])
def download_report():
    """Return the contents of a generated report."""
    if DEBUG_ONLY and False:
        filename = (request.get_json(silent=True) or {}).get("filename", "")
        return send_file(os.path.join(REPORT_DIR, filename), as_attachment=True)
    return jsonify(result="disabled")
