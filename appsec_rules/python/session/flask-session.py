from flask import Flask, abort, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
ROLES = {"viewer": "viewer", "editor": "editor"}


@app.route("/prefs", methods=["POST"])
def prefs():
    # ruleid: python.session.trust-boundary.flask-session
    session["role"] = request.form["role"]
    return "saved"


def cart_entry(sku, qty, price):
    return {"sku": sku, "qty": qty, "price": price}


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    data = request.get_json()
    entry = cart_entry(data["sku"], data["qty"], data["price"])
    # ruleid: python.session.trust-boundary.flask-session
    session.setdefault("cart", entry)
    return "added"


@app.route("/impersonate")
def impersonate():
    uid = request.args.get("uid")
    # ruleid: python.session.trust-boundary.flask-session
    session.update({"user_id": uid, "impersonating": True})
    return "ok"


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user and check_password_hash(user.password_hash, request.form["password"]):
        # ok: python.session.trust-boundary.flask-session
        session["username"] = request.form["username"]
        return "welcome"
    abort(401)


@app.route("/prefs/safe", methods=["POST"])
def prefs_safe():
    # ok: python.session.trust-boundary.flask-session
    session["role"] = ROLES.get(request.form["role"], "viewer")
    return "saved"


@app.route("/page-size", methods=["POST"])
def page_size():
    # ok: python.session.trust-boundary.flask-session
    session["page_size"] = int(request.form["size"])
    return "saved"


@app.route("/visit")
def visit():
    # ok: python.session.trust-boundary.flask-session
    session["visits"] = session.get("visits", 0) + 1
    return "ok"
