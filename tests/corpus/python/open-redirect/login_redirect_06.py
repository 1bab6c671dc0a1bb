"""Login flow views."""
from flask import Flask, redirect, request

app = Flask(__name__)

NEXT_URL_BY_KEY = {
    "default": "/dashboard",
    "secondary": "/profile",
    "archive": "/settings",
}


@app.route("/login/continue", methods=["GET", "POST"])
def continue_after_login():
    """Send the user on after a successful login."""
    next_url = NEXT_URL_BY_KEY.get(request.args.get("key", ""), "/dashboard")
    return redirect(next_url)
