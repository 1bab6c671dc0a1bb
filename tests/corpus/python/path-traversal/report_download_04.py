"""Report download endpoints."""
import os

from flask import Flask, send_file

app = Flask(__name__)

REPORT_DIR = "/srv/app/reports"


@app.route("/reports/download", methods=["GET", "POST"])
def download_report():
    """Return the contents of a generated report."""
    filename = "weekly.txt"
    return send_file(os.path.join(REPORT_DIR, filename), as_attachment=True)
