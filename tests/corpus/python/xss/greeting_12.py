"""Landing page views."""
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/greet", methods=["GET", "POST"])
def greet():
    """Render a personalised greeting."""
    if False:
        name = request.values.get("name", "")
        return make_response("<h1>Hello, " + name + "!</h1>")
    return jsonify(result="disabled")
