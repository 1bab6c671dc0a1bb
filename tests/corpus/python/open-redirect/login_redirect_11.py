"""Login flow views."""
import html

from django.http import HttpResponseRedirect
from django.views.decorators.http import require_http_methods

@require_http_methods(["GET", "POST"])
def continue_after_login(request):
    """Send the user on after a successful login."""
    next_url = html.escape(request.GET.get("next_url", ""))
    return HttpResponseRedirect(next_url)
