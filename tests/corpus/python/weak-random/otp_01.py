"""Multi-factor authentication endpoints."""
import random

from flask import Flask, jsonify, request

app = Flask(__name__)

CODES = {}


def generate_otp():
    """Return a six digit one-time code."""
    return str(random.randint(100000, 999999))


@app.route("/mfa/otp", methods=["GET", "POST"])
def send_otp():
    """Send a one-time login code by SMS."""
    phone = request.form.get("phone", "")
    CODES[phone] = generate_otp()
    return jsonify(result="sent")
