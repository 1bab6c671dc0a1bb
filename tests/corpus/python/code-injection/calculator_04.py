"""Pricing calculator API."""
import configparser

from flask import Flask, jsonify

app = Flask(__name__)

SERVICE_CONFIG = configparser.ConfigParser()
SERVICE_CONFIG.read("/etc/app/service.ini")


@app.route("/tools/calc", methods=["GET", "POST"])
def calculate():
    """Evaluate an arithmetic expression for the pricing calculator."""
    expression = SERVICE_CONFIG.get("defaults", "expression", fallback="100 / 4")
    value = eval(expression)
    return jsonify(result=str(value))
