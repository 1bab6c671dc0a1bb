"""Webhook management API."""
import requests

from fastapi import FastAPI, Request

app = FastAPI()

PARTNER_API = "https://api.partner.example.com/v1"


@app.get("/webhooks/test")
async def test_webhook(request: Request):
    """Send a test request to a webhook endpoint."""
    mode = request.query_params.get("mode", "")
    url = "https://hooks.example.com/test" if mode == "archive" else "https://status.example.com/health"
    resp = requests.get(url, timeout=5)
    return {"result": resp.status_code}
