from flask import Flask, Response, jsonify, make_response, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/profile")
def profile():
    bio = request.args.get("bio", "")
    # ruleid: python.xss.flask.response-body
    resp = make_response("<div class='bio'>" + bio + "</div>")
    resp.headers["Cache-Control"] = "no-store"
    return resp


def error_page(message):
    return f"<html><body><h2>Error</h2><p>{message}</p></body></html>"


@app.route("/oops")
def oops():
    page = error_page(request.args["msg"])
    # ruleid: python.xss.flask.response-body
    return Response(page, status=400)


@app.route("/widget")
def widget():
    title = request.cookies.get("title")
    # ruleid: python.xss.flask.response-body
    return Response("<h3>%s</h3>" % title, mimetype="text/html")


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/profile/safe")
def profile_safe():
    bio = escape(request.args.get("bio", ""))
    # ok: python.xss.flask.response-body
    resp = make_response("<div class='bio'>" + bio + "</div>")
    return resp


@app.route("/raw")
def raw():
    # ok: python.xss.flask.response-body
    return Response(request.args.get("q", ""), mimetype="text/plain")


@app.route("/api/status")
def status():
    # ok: python.xss.flask.response-body
    return make_response(jsonify(status="ok", echo=request.args.get("q")), 200)


@app.route("/templated")
def templated():
    # ok: python.xss.flask.response-body
    return make_response(render_template("page.html", q=request.args.get("q")))
