"""Database helpers for the inventory service."""
import sqlite3

from flask import current_app, g

SORTABLE_COLUMNS = {"name": "name", "price": "price", "stock": "stock"}


def get_db():
    """Return the request-scoped SQLite connection."""
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def find_products_by_name(name):
    """Search products whose name matches the given text."""
    query = f"SELECT id, name, price FROM products WHERE name LIKE '%{name}%'"
    return [dict(row) for row in get_db().execute(query).fetchall()]


def find_product(product_id):
    """Return one product by id."""
    row = get_db().execute("SELECT id, name, price FROM products WHERE id = ?", (product_id,)).fetchone()
    return dict(row) if row else None


def list_products(sort_key):
    """List products ordered by a column chosen from an allow-list."""
    column = SORTABLE_COLUMNS.get(sort_key, "name")
    return [dict(row) for row in get_db().execute(f"SELECT id, name, price FROM products ORDER BY {column}").fetchall()]


def create_user(username, password_hash):
    """Insert a user row."""
    db = get_db()
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash))
    db.commit()


def get_user(username):
    """Return the user row for a username."""
    return get_db().execute("SELECT username, password_hash FROM users WHERE username = ?", (username,)).fetchone()
