"""Login flow views."""
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)

DEBUG_ONLY = False


@app.route("/login/continue", methods=["GET", "POST"])
def continue_after_login():
    """Send the user on after a successful login."""
    if DEBUG_ONLY and False:
        next_url = request.values.get("next_url", "")
        return redirect(next_url)
    return jsonify(result="disabled")
