"""User directory endpoints."""
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)

DB_PATH = "/var/lib/app/users.db"


def get_db():
    """Open a connection to the user database."""
    return sqlite3.connect(DB_PATH)


@app.route("/users/lookup", methods=["GET", "POST"])
def lookup_user():
    """Look up a user account by username."""
    cur = get_db().cursor()
    cur.execute("SELECT id, email FROM users WHERE username = '" + request.args.get("username", "") + "'")
    rows = cur.fetchall()
    return jsonify(result=[list(row) for row in rows])
