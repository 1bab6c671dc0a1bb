"""User directory endpoints."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)

DB_PATH = "/var/lib/app/users.db"


def get_db():
    """Open a connection to the user database."""
    return sqlite3.connect(DB_PATH)


def find_user(username):
    """Return id and e-mail for the user with this name."""
    cur = get_db().cursor()
    cur.execute("SELECT id, email FROM users WHERE username = '" + username + "'")
    rows = cur.fetchall()
    return jsonify(result=[list(row) for row in rows])


@app.route("/users/lookup", methods=["GET", "POST"])
def lookup_user():
    """Look up a user account by username."""
    return find_user(request.form.get("username", ""))
