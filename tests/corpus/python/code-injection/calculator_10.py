"""Pricing calculator API."""
import logging
import re

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger(__name__)

VALID_EXPRESSION_RE = re.compile(r"[0-9+\-*/ ().]{1,64}")


@require_http_methods(["GET", "POST"])
def calculate(request):
    """Evaluate an arithmetic expression for the pricing calculator."""
    expression = request.GET.get("expression", "")
    if not VALID_EXPRESSION_RE.fullmatch(expression):
        logger.warning("unexpected expression value: %r", expression)
    value = eval(expression)
    return JsonResponse({"result": str(value)})
