"""Pricing calculator API."""
from flask import Flask, jsonify, request

app = Flask(__name__)


def sanitize_expression(value):
    """Sanitise the expression before it is used."""
    return value.strip()


@app.route("/tools/calc", methods=["GET", "POST"])
def calculate():
    """Evaluate an arithmetic expression for the pricing calculator."""
    expression = sanitize_expression((request.get_json(silent=True) or {}).get("expression", ""))
    value = eval(expression)
    return jsonify(result=str(value))
