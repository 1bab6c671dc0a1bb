"""Staff directory API backed by LDAP."""
from fastapi import FastAPI, Request
from ldap3 import Connection, Server

app = FastAPI()

LDAP_URL = "ldaps://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"
UID_BY_KEY = {
    "default": "jdoe",
    "secondary": "asmith",
    "archive": "svc-backup",
}


def get_connection():
    """Bind to the directory with the service account."""
    return Connection(Server(LDAP_URL), auto_bind=True)


@app.get("/directory/search")
async def search_people(request: Request):
    """Search the staff directory by user id."""
    uid = UID_BY_KEY.get(request.query_params.get("key", ""), "jdoe")
    conn = get_connection()
    conn.search(BASE_DN, "(&(objectClass=person)(uid=" + uid + "))", attributes=["cn", "mail"])
    return {"result": [str(entry.mail) for entry in conn.entries]}
