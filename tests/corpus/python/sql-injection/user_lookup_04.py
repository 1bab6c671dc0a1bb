"""User directory endpoints."""
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()

DB_PATH = "/var/lib/app/users.db"


def get_db():
    """Open a connection to the user database."""
    return sqlite3.connect(DB_PATH)


@app.get("/users/lookup")
async def lookup_user(request: Request):
    """Look up a user account by username."""
    username = "bob"
    cur = get_db().cursor()
    cur.execute("SELECT id, email FROM users WHERE username = '" + username + "'")
    rows = cur.fetchall()
    return {"result": [list(row) for row in rows]}
