"""Pricing calculator API."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/calc", methods=["GET", "POST"])
def calculate():
    """Evaluate an arithmetic expression for the pricing calculator."""
    mode = request.form.get("mode", "")
    expression = "1 + 1"
    if mode == "custom":
        expression = request.form.get("expression", "")
    value = eval(expression)
    return jsonify(result=str(value))
