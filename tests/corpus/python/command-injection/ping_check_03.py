"""Network diagnostics endpoints for the ops dashboard."""
import subprocess

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_http_methods

ALLOWED_HOSTS = frozenset({"localhost", "db.internal", "cache.internal"})


@require_http_methods(["GET", "POST"])
def ping_host(request):
    """Run a reachability check against a host."""
    host = request.POST.get("host", "")
    if host not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("invalid parameter")
    proc = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True, timeout=10)
    return JsonResponse({"result": proc.stdout})
