"""Client state persistence endpoints."""
import base64
import logging
import pickle
import re

from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger(__name__)

VALID_STATE_RE = re.compile(r"[A-Za-z0-9+/=]{1,4096}")


@require_http_methods(["GET", "POST"])
def restore_state(request):
    """Restore saved UI state sent back by the client."""
    state = request.GET.get("state", "")
    if not VALID_STATE_RE.fullmatch(state):
        logger.warning("unexpected state value: %r", state)
    state = pickle.loads(base64.b64decode(state))
    return JsonResponse({"result": repr(state)})
