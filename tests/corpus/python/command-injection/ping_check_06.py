"""Network diagnostics endpoints for the ops dashboard."""
import logging
import re
import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger(__name__)

VALID_HOST_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}")


def is_valid_host(value):
    """Check that the value only contains expected characters."""
    return VALID_HOST_RE.fullmatch(value) is not None


@require_http_methods(["GET", "POST"])
def ping_host(request):
    """Run a reachability check against a host."""
    host = request.GET.get("host", "")
    is_valid = is_valid_host(host)
    logger.debug("validation result for %s: %s", "host", is_valid)
    proc = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True, timeout=10)
    return JsonResponse({"result": proc.stdout})
