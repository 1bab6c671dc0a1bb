"""Landing page views."""
from flask import Flask, make_response

app = Flask(__name__)


@app.route("/greet", methods=["GET", "POST"])
def greet():
    """Render a personalised greeting."""
    name = "Team"
    return make_response("<h1>Hello, " + name + "!</h1>")
