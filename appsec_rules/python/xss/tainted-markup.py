from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/signature")
def signature():
    sig = request.args.get("sig", "")
    # ruleid: python.xss.markup.tainted-markup
    return render_template("profile.html", signature=Markup(sig))


def badge(label):
    return f"<span class='badge'>{label}</span>"


@app.route("/badge")
def show_badge():
    html = badge(request.args["label"])
    # ruleid: python.xss.markup.tainted-markup
    safe_html = Markup(html)
    return render_template("badge.html", badge=safe_html)


@app.route("/note", methods=["POST"])
def note():
    data = request.get_json()
    # ruleid: python.xss.markup.tainted-markup
    content = Markup("<p>" + data["note"] + "</p>")
    return render_template("note.html", content=content)


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/signature/safe")
def signature_safe():
    # ok: python.xss.markup.tainted-markup
    return render_template("profile.html", signature=Markup("<em>{}</em>").format(request.args.get("sig", "")))


@app.route("/badge/safe")
def badge_safe():
    label = escape(request.args["label"])
    # ok: python.xss.markup.tainted-markup
    return render_template("badge.html", badge=Markup(f"<span class='badge'>{label}</span>"))


@app.route("/static-banner")
def banner():
    # ok: python.xss.markup.tainted-markup
    return render_template("index.html", banner=Markup("<strong>Maintenance tonight</strong>"))
