"""Report download endpoints."""
import os

from flask import Flask, request, send_file

app = Flask(__name__)

REPORT_DIR = "/srv/app/reports"


def read_report(filename):
    """Read a report file from the report directory."""
    return send_file(os.path.join(REPORT_DIR, filename), as_attachment=True)


@app.route("/reports/download", methods=["GET", "POST"])
def download_report():
    """Return the contents of a generated report."""
    return read_report(request.form.get("filename", ""))
