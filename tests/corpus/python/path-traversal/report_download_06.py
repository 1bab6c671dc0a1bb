"""Report download endpoints."""
import os

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

REPORT_DIR = "/srv/app/reports"


@require_http_methods(["GET", "POST"])
def download_report(request):
    """Return the contents of a generated report."""
    filename = "summary.txt"
    override = request.GET.get("filename", "")
    if override:
        filename = override
    with open(os.path.join(REPORT_DIR, filename), encoding="utf-8") as fh:
        content = fh.read()
    return JsonResponse({"result": content})
