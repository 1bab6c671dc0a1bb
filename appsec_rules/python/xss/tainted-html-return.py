import html
import json

from flask import Blueprint, Flask, jsonify, make_response, redirect, render_template, request, url_for
from markupsafe import escape

app = Flask(__name__)
bp = Blueprint("search", __name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # ruleid: python.xss.flask.tainted-html-return
    return f"<h1>Hello {name}!</h1>"


def results_page(term, count):
    return "<p>%d results for <b>%s</b></p>" % (count, term)


@bp.get("/search")
def search():
    term = request.args["q"]
    body = results_page(term, 0)
    # ruleid: python.xss.flask.tainted-html-return
    return body, 200


@app.post("/comment")
def comment():
    text = request.form["text"]
    page = "<div class='comment'>{}</div>".format(text)
    # ruleid: python.xss.flask.tainted-html-return
    return page, 201, {"X-Frame-Options": "DENY"}


@app.route("/greet/<username>")
def greet(username):
    # ruleid: python.xss.flask.tainted-html-return
    return "<span>Welcome back, " + username + "</span>"


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/hello/escaped")
def hello_escaped():
    name = request.args.get("name", "world")
    # ok: python.xss.flask.tainted-html-return
    return f"<h1>Hello {escape(name)}!</h1>"


@app.route("/hello/html-escaped")
def hello_html_escaped():
    # ok: python.xss.flask.tainted-html-return
    return "<h1>Hello " + html.escape(request.args.get("name", "")) + "</h1>"


@app.route("/hello/template")
def hello_template():
    # ok: python.xss.flask.tainted-html-return
    return render_template("hello.html", name=request.args.get("name"))


@app.route("/api/echo")
def echo():
    # ok: python.xss.flask.tainted-html-return
    return jsonify(message=request.args.get("msg"))


@app.route("/api/echo2")
def echo2():
    # ok: python.xss.flask.tainted-html-return
    return {"message": request.args.get("msg")}


@app.route("/api/echo3")
def echo3():
    data = {"message": request.args.get("msg")}
    # ok: python.xss.flask.tainted-html-return
    return data


@app.route("/page/<int:page_id>")
def by_id(page_id):
    count = int(request.args.get("count", "10"))
    # ok: python.xss.flask.tainted-html-return
    return f"<p>Showing {count} items</p>"


@app.route("/go")
def go():
    # ok: python.xss.flask.tainted-html-return
    return redirect(url_for("search.search", q=request.args.get("q")))
