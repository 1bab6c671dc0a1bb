"""Webhook management API."""
import logging
import re
import requests

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger(__name__)

PARTNER_API = "https://api.partner.example.com/v1"
VALID_URL_RE = re.compile(r"https://(?:status|api|hooks)\.example\.com/[A-Za-z0-9/_-]*")


def is_valid_url(value):
    """Check that the value only contains expected characters."""
    return VALID_URL_RE.fullmatch(value) is not None


@require_http_methods(["GET", "POST"])
def test_webhook(request):
    """Send a test request to a webhook endpoint."""
    url = request.GET.get("url", "")
    is_valid = is_valid_url(url)
    logger.debug("validation result for %s: %s", "url", is_valid)
    resp = requests.get(url, timeout=5)
    return JsonResponse({"result": resp.status_code})
