"""Pricing calculator API."""
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/calc", methods=["GET", "POST"])
def calculate():
    """Evaluate an arithmetic expression for the pricing calculator."""
    expression = request.values.get("expression", "")
    value = ast.literal_eval(expression)
    return jsonify(result=str(value))
