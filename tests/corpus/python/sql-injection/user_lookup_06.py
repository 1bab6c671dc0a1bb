"""User directory endpoints."""
import sqlite3

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods

DB_PATH = "/var/lib/app/users.db"


def get_db():
    """Open a connection to the user database."""
    return sqlite3.connect(DB_PATH)


@require_http_methods(["GET", "POST"])
def lookup_user(request):
    """Look up a user account by username."""
    username = request.GET.get("username", "").replace(";", "").replace("--", "")
    with connection.cursor() as cur:
        cur.execute("SELECT id, email FROM auth_user WHERE username = '%s'" % username)
        rows = cur.fetchall()
    return JsonResponse({"result": [list(row) for row in rows]})
