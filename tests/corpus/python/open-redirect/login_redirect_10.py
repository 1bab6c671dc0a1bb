"""Login flow views."""
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/login/continue", methods=["GET", "POST"])
def continue_after_login():
    """Send the user on after a successful login."""
    mode = request.form.get("mode", "")
    next_url = "/dashboard"
    if mode == "custom":
        next_url = request.form.get("next_url", "")
    return redirect(next_url)
