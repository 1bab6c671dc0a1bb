"""Webhook management API."""
import configparser
import requests

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

PARTNER_API = "https://api.partner.example.com/v1"
SERVICE_CONFIG = configparser.ConfigParser()
SERVICE_CONFIG.read("/etc/app/service.ini")


@require_http_methods(["GET", "POST"])
def test_webhook(request):
    """Send a test request to a webhook endpoint."""
    url = SERVICE_CONFIG.get("defaults", "url", fallback="https://hooks.example.com/test")
    resp = requests.get(url, timeout=5)
    return JsonResponse({"result": resp.status_code})
