"""Login flow views."""
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.views.decorators.http import require_http_methods

ALLOWED_NEXT_URLS = frozenset({"/dashboard", "/profile", "/settings"})


@require_http_methods(["GET", "POST"])
def continue_after_login(request):
    """Send the user on after a successful login."""
    next_url = request.POST.get("next_url", "")
    if next_url not in ALLOWED_NEXT_URLS:
        return HttpResponseBadRequest("invalid parameter")
    return HttpResponseRedirect(next_url)
