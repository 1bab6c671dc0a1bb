"""Staff directory API backed by LDAP."""
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_http_methods
from ldap3 import Connection, Server

LDAP_URL = "ldaps://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"
VALID_UID_RE = re.compile(r"[a-z][a-z0-9-]{1,31}")


def get_connection():
    """Bind to the directory with the service account."""
    return Connection(Server(LDAP_URL), auto_bind=True)


@require_http_methods(["GET", "POST"])
def search_people(request):
    """Search the staff directory by user id."""
    uid = request.POST.get("uid", "")
    if not VALID_UID_RE.fullmatch(uid):
        return HttpResponseBadRequest("invalid parameter")
    conn = get_connection()
    conn.search(BASE_DN, "(&(objectClass=person)(uid=" + uid + "))", attributes=["cn", "mail"])
    return JsonResponse({"result": [str(entry.mail) for entry in conn.entries]})
