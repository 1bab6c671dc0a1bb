"""Landing page views."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/greet", methods=["GET", "POST"])
def greet():
    """Render a personalised greeting."""
    return make_response("<h1>Hello, " + request.args.get("name", "") + "!</h1>")
