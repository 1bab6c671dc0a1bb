"""Staff directory API backed by LDAP."""
from flask import Flask, jsonify
from ldap3 import Connection, Server

app = Flask(__name__)

LDAP_URL = "ldaps://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


def get_connection():
    """Bind to the directory with the service account."""
    return Connection(Server(LDAP_URL), auto_bind=True)


@app.route("/directory/search", methods=["GET", "POST"])
def search_people():
    """Search the staff directory by user id."""
    uid = "asmith"
    conn = get_connection()
    conn.search(BASE_DN, "(&(objectClass=person)(uid=" + uid + "))", attributes=["cn", "mail"])
    return jsonify(result=[str(entry.mail) for entry in conn.entries])
