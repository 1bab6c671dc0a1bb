"""Login flow views."""
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/login/continue", methods=["GET", "POST"])
def continue_after_login():
    """Send the user on after a successful login."""
    next_url = request.values.get("next_url", "")
    return redirect(url_for("dashboard", tab=next_url))
