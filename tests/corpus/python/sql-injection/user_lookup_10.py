"""User directory endpoints."""
import logging
import re
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

DB_PATH = "/var/lib/app/users.db"
VALID_USERNAME_RE = re.compile(r"[A-Za-z0-9_.-]{1,32}")


def get_db():
    """Open a connection to the user database."""
    return sqlite3.connect(DB_PATH)


@app.route("/users/lookup", methods=["GET", "POST"])
def lookup_user():
    """Look up a user account by username."""
    username = (request.get_json(silent=True) or {}).get("username", "")
    if not VALID_USERNAME_RE.fullmatch(username):
        logger.warning("unexpected username value: %r", username)
    cur = get_db().cursor()
    cur.execute("SELECT id, email FROM users WHERE username = '" + username + "'")
    rows = cur.fetchall()
    return jsonify(result=[list(row) for row in rows])
