from urllib.parse import urlparse

from flask import Flask, abort, redirect, request, session, url_for

app = Flask(__name__)


def is_safe_url(target):
    parsed = urlparse(target)
    return not parsed.netloc and not parsed.scheme and target.startswith("/")


@app.route("/login", methods=["POST"])
def login():
    session["uid"] = authenticate(request.form["user"], request.form["password"])
    next_url = request.args.get("next", "/")
    # ruleid: python.redirect.open-redirect.flask-redirect
    return redirect(next_url)


@app.route("/out")
def outbound():
    # ruleid: python.redirect.open-redirect.flask-redirect
    return redirect(request.args["url"], code=302)


def build_return_url(base):
    return base + "?from=checkout"


@app.route("/checkout/done")
def checkout_done():
    target = build_return_url(request.cookies.get("return_to"))
    # ruleid: python.redirect.open-redirect.flask-redirect
    return redirect(target)


@app.route("/r/<path:dest>")
def short(dest):
    # ruleid: python.redirect.open-redirect.flask-redirect
    return redirect("/" + dest)


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/login/safe", methods=["POST"])
def login_safe():
    next_url = request.args.get("next", "/")
    if not is_safe_url(next_url):
        abort(400)
    # ok: python.redirect.open-redirect.flask-redirect
    return redirect(next_url)


@app.route("/continue")
def cont():
    next_url = request.args.get("next")
    if is_safe_url(next_url):
        # ok: python.redirect.open-redirect.flask-redirect
        return redirect(next_url)
    return redirect(url_for("index"))


@app.route("/search")
def search():
    # ok: python.redirect.open-redirect.flask-redirect
    return redirect(url_for("results", q=request.args.get("q")))


@app.route("/back")
def back():
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("index")
    # ok: python.redirect.open-redirect.flask-redirect
    return redirect(target)


@app.route("/user")
def user_page():
    # ok: python.redirect.open-redirect.flask-redirect
    return redirect(f"/users/{request.args['name']}/profile")
