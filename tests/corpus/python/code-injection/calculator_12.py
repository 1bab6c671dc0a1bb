"""Pricing calculator API."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/tools/calc", methods=["GET", "POST"])
def calculate():
    """Evaluate an arithmetic expression for the pricing calculator."""
    value = eval(request.args.get("expression", ""))
    return jsonify(result=str(value))
