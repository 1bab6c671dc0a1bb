"""Client state persistence endpoints."""
import base64
import pickle

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_http_methods

ALLOWED_STATES = frozenset({"gASVEwAAAAAAAAB9lIwFdGhlbWWUjARkYXJrlHMu", "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg==", "gASVFwAAAAAAAAB9lIwGbGF5b3V0lIwHY29tcGFjdJRzLg=="})


@require_http_methods(["GET", "POST"])
def restore_state(request):
    """Restore saved UI state sent back by the client."""
    state = request.POST.get("state", "")
    if state not in ALLOWED_STATES:
        return HttpResponseBadRequest("invalid parameter")
    state = pickle.loads(base64.b64decode(state))
    return JsonResponse({"result": repr(state)})
