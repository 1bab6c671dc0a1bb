import ldap
import ldap.filter
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
l = ldap.initialize("ldap://ldap.internal")


@app.route("/lookup")
def lookup():
    user = request.args.get("user")
    # ruleid: python.injection.ldap.python-ldap-filter
    result = l.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % user)
    return {"dn": [dn for dn, _ in result]}


def group_filter(name):
    return "(&(objectClass=groupOfNames)(cn=" + name + "))"


@api.get("/groups/{name}")
def group(name: str):
    flt = group_filter(name)
    # ruleid: python.injection.ldap.python-ldap-filter
    msgid = l.search_ext("ou=groups,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)
    return {"msgid": msgid}


def phone(request):
    number = request.POST["phone"]
    # ruleid: python.injection.ldap.python-ldap-filter
    return l.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, filterstr=f"(telephoneNumber={number})", timeout=5)


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/lookup/safe")
def lookup_safe():
    flt = ldap.filter.filter_format("(uid=%s)", [request.args.get("user")])
    # ok: python.injection.ldap.python-ldap-filter
    result = l.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, flt)
    return {"dn": [dn for dn, _ in result]}


@app.route("/lookup/escaped")
def lookup_escaped():
    user = ldap.filter.escape_filter_chars(request.args.get("user"))
    # ok: python.injection.ldap.python-ldap-filter
    result = l.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")
    return {"dn": [dn for dn, _ in result]}


def all_people():
    # ok: python.injection.ldap.python-ldap-filter
    return l.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_ONELEVEL, "(objectClass=person)")
