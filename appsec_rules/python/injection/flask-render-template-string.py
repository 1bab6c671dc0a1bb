from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)

PAGE = """<html><body><h1>Hello {{ name }}</h1></body></html>"""


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # ruleid: python.injection.ssti.flask-render-template-string
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.errorhandler(404)
def not_found(error):
    template = f"""<h1>Not found</h1><p>{request.path} does not exist.</p>"""
    # ruleid: python.injection.ssti.flask-render-template-string
    return render_template_string(template), 404


def email_body(greeting):
    return "{% extends 'mail.html' %}{% block body %}" + greeting + "{% endblock %}"


@app.route("/preview", methods=["POST"])
def preview():
    body = email_body(request.form["greeting"])
    # ruleid: python.injection.ssti.flask-render-template-string
    return render_template_string(body, user=request.form["user"])


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/hello/safe")
def hello_safe():
    # ok: python.injection.ssti.flask-render-template-string
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", "guest"))


@app.route("/hello/const")
def hello_const():
    # ok: python.injection.ssti.flask-render-template-string
    return render_template_string(PAGE, name=request.args.get("name"))


@app.route("/profile")
def profile():
    # ok: python.injection.ssti.flask-render-template-string
    return render_template("profile.html", bio=request.args.get("bio"))
