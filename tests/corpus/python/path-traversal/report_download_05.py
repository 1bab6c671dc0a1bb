"""Report download endpoints."""
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)

REPORT_DIR = "/srv/app/reports"
ALLOWED_FILENAMES = frozenset({"summary.txt", "weekly.txt", "monthly.txt"})


@app.route("/reports/download", methods=["GET", "POST"])
def download_report():
    """Return the contents of a generated report."""
    filename = request.args.get("filename", "")
    if filename not in ALLOWED_FILENAMES:
        abort(400)
    return send_file(os.path.join(REPORT_DIR, filename), as_attachment=True)
