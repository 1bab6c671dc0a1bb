"""Landing page views."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/greet", methods=["GET", "POST"])
def greet():
    """Render a personalised greeting."""
    name = request.form.get("name", "")
    page = f"<html><body><div class='greeting'>Welcome back, {name}</div></body></html>"
    return make_response(page)
