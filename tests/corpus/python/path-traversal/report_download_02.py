"""Report download endpoints."""
import os

from fastapi import FastAPI, Request

app = FastAPI()

REPORT_DIR = "/srv/app/reports"


def default_filename():
    """Return the configured default filename."""
    return "weekly.txt"


@app.get("/reports/download")
async def download_report(request: Request):
    """Return the contents of a generated report."""
    filename = default_filename()
    with open(os.path.join(REPORT_DIR, filename), encoding="utf-8") as fh:
        content = fh.read()
    return {"result": content}
