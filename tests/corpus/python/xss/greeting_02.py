"""Landing page views."""
import re

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_http_methods

VALID_NAME_RE = re.compile(r"[A-Za-z][A-Za-z ]{0,39}")


@require_http_methods(["GET", "POST"])
def greet(request):
    """Render a personalised greeting."""
    name = request.POST.get("name", "")
    if not VALID_NAME_RE.fullmatch(name):
        return HttpResponseBadRequest("invalid parameter")
    return HttpResponse("<h1>Hello, " + name + "!</h1>")
