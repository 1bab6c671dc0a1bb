"""Pricing calculator API."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/calc", methods=["GET", "POST"])
def calculate():
    """Evaluate an arithmetic expression for the pricing calculator."""
    if False:
        expression = request.values.get("expression", "")
        value = eval(expression)
        return jsonify(result=str(value))
    return jsonify(result="disabled")
