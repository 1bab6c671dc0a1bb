"""Landing page views."""
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

def sanitize_name(value):
    """Sanitise the name before it is used."""
    return value.strip()


@require_http_methods(["GET", "POST"])
def greet(request):
    """Render a personalised greeting."""
    name = sanitize_name(request.GET.get("name", ""))
    return HttpResponse("<h1>Hello, " + name + "!</h1>")
