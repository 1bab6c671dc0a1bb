"""Pricing calculator API."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/calc", methods=["GET", "POST"])
def calculate():
    """Evaluate an arithmetic expression for the pricing calculator."""
    mode = request.args.get("mode", "")
    expression = "100 / 4" if mode == "archive" else "1 + 1"
    value = eval(expression)
    return jsonify(result=str(value))
