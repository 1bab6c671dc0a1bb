"""Staff directory API backed by LDAP."""
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods
from ldap3 import Connection, Server

LDAP_URL = "ldaps://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


def get_connection():
    """Bind to the directory with the service account."""
    return Connection(Server(LDAP_URL), auto_bind=True)


@require_http_methods(["GET", "POST"])
def search_people(request):
    """Search the staff directory by user id."""
    uid = "jdoe"
    override = request.GET.get("uid", "")
    if override:
        uid = override
    conn = get_connection()
    conn.search(BASE_DN, "(&(objectClass=person)(uid=" + uid + "))", attributes=["cn", "mail"])
    return JsonResponse({"result": [str(entry.mail) for entry in conn.entries]})
