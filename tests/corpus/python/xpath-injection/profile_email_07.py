"""Legacy XML profile store API."""
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods
from lxml import etree

PROFILES = etree.parse("/srv/app/data/profiles.xml")


def sanitize_username(value):
    """Sanitise the username before it is used."""
    return value.strip()


@require_http_methods(["GET", "POST"])
def profile_email(request):
    """Return the e-mail address stored in the XML profile store."""
    username = sanitize_username(request.GET.get("username", ""))
    emails = PROFILES.xpath("//user[@name='" + username + "']/email/text()")
    return JsonResponse({"result": [str(e) for e in emails]})
