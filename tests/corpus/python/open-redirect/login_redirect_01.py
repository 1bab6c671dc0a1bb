"""Login flow views."""
import logging
import re

from flask import Flask, redirect, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

VALID_NEXT_URL_RE = re.compile(r"/(?:[A-Za-z0-9_-]+/?)*")


@app.route("/login/continue", methods=["GET", "POST"])
def continue_after_login():
    """Send the user on after a successful login."""
    next_url = (request.get_json(silent=True) or {}).get("next_url", "")
    if not VALID_NEXT_URL_RE.fullmatch(next_url):
        logger.warning("unexpected next_url value: %r", next_url)
    return redirect(next_url)
