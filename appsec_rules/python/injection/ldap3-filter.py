import re

from flask import Flask, request
from ldap3 import SUBTREE, Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap://ldap.internal")


@app.route("/user")
def find_user():
    uid = request.args["uid"]
    conn = Connection(server, auto_bind=True)
    # ruleid: python.injection.ldap.ldap3-filter
    conn.search("dc=example,dc=com", f"(uid={uid})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}


def member_filter(group, user):
    return "(&(objectClass=person)(memberOf=cn=%s,ou=groups,dc=example,dc=com)(uid=%s))" % (group, user)


@app.route("/member", methods=["POST"])
def is_member():
    body = request.get_json()
    flt = member_filter(body["group"], body["user"])
    with Connection(server, auto_bind=True) as conn:
        # ruleid: python.injection.ldap.ldap3-filter
        found = conn.search(search_base="dc=example,dc=com", search_filter=flt, search_scope=SUBTREE)
    return {"member": found}


def mail_lookup(request, conn):
    mail = request.GET.get("mail")
    # ruleid: python.injection.ldap.ldap3-filter
    conn.search("ou=people,dc=example,dc=com", "(mail=" + mail + ")")
    return conn.entries


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/user/safe")
def find_user_safe():
    uid = escape_filter_chars(request.args["uid"])
    conn = Connection(server, auto_bind=True)
    # ok: python.injection.ldap.ldap3-filter
    conn.search("dc=example,dc=com", f"(uid={uid})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}


@app.route("/valid")
def valid_name():
    name = request.args["name"]
    # ok: python.injection.ldap.ldap3-filter
    return {"valid": bool(re.search(r"^[a-z]+$", name))}


@app.route("/admins")
def admins():
    conn = Connection(server, auto_bind=True)
    # ok: python.injection.ldap.ldap3-filter
    conn.search("dc=example,dc=com", "(memberOf=cn=admins,ou=groups,dc=example,dc=com)")
    return {"n": len(conn.entries)}
