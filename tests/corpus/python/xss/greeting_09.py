"""Landing page views."""
import html

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/greet", methods=["GET", "POST"])
def greet():
    """Render a personalised greeting."""
    name = request.values.get("name", "")
    return make_response("<h1>Hello, " + html.escape(name) + "!</h1>")
