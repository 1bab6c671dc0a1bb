"""Pricing calculator API."""
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_http_methods

VALID_EXPRESSION_RE = re.compile(r"[0-9+\-*/ ().]{1,64}")


@require_http_methods(["GET", "POST"])
def calculate(request):
    """Evaluate an arithmetic expression for the pricing calculator."""
    expression = request.POST.get("expression", "")
    if not VALID_EXPRESSION_RE.fullmatch(expression):
        return HttpResponseBadRequest("invalid parameter")
    value = eval(expression)
    return JsonResponse({"result": str(value)})
