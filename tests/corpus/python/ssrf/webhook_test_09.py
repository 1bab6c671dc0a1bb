"""Webhook management API."""
import requests
from urllib.parse import quote

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

PARTNER_API = "https://api.partner.example.com/v1"


@require_http_methods(["GET", "POST"])
def test_webhook(request):
    """Send a test request to a webhook endpoint."""
    url = request.POST.get("url", "")
    resp = requests.get(PARTNER_API + "/items/" + quote(url, safe=""), timeout=5)
    return JsonResponse({"result": resp.status_code})
