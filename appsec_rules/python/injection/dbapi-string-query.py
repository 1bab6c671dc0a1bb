import sqlite3

import psycopg2
from django.db import connection
from fastapi import FastAPI
from flask import Flask, request
from psycopg2 import sql
from sqlalchemy import select, text

app = Flask(__name__)
api = FastAPI()
ALLOWED_SORT = {"name": "name", "created": "created_at"}


def get_db():
    return sqlite3.connect("app.db")


@app.route("/users")
def search_users():
    name = request.args.get("name", "")
    cur = get_db().cursor()
    # ruleid: python.injection.sql.dbapi-string-query
    cur.execute(f"SELECT id, email FROM users WHERE name = '{name}'")
    return {"users": cur.fetchall()}


@app.route("/orders", methods=["POST"])
def orders_by_status():
    status = request.form["status"]
    query = "SELECT * FROM orders WHERE status = '" + status + "' ORDER BY id"
    conn = psycopg2.connect(dsn=DSN)
    with conn.cursor() as cur:
        # ruleid: python.injection.sql.dbapi-string-query
        cur.execute(query)
        return {"orders": cur.fetchall()}


def build_filter(column, value):
    return "SELECT * FROM products WHERE %s = '%s'" % (column, value)


@app.route("/products")
def products():
    q = build_filter("category", request.args["category"])
    db = get_db()
    # ruleid: python.injection.sql.dbapi-string-query
    rows = db.execute(q).fetchall()
    return {"rows": rows}


def django_report(request):
    year = request.GET.get("year")
    with connection.cursor() as cursor:
        # ruleid: python.injection.sql.dbapi-string-query
        cursor.execute("SELECT sum(total) FROM sales WHERE year = {}".format(year))
        return cursor.fetchone()


@api.get("/items/{category}")
async def items(category: str, pool=None):
    # ruleid: python.injection.sql.dbapi-string-query
    return await pool.fetch(f"SELECT * FROM items WHERE category = '{category}'")


def find_account(email):
    cur = get_db().cursor()
    # ruleid: python.injection.sql.dbapi-string-query
    cur.execute("SELECT id FROM accounts WHERE email = '%s'" % email)
    return cur.fetchone()


@app.route("/accounts")
def accounts():
    return {"account": find_account(request.args["email"])}


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/users/safe")
def search_users_safe():
    name = request.args.get("name", "")
    cur = get_db().cursor()
    # ok: python.injection.sql.dbapi-string-query
    cur.execute("SELECT id, email FROM users WHERE name = ?", (name,))
    return {"users": cur.fetchall()}


@app.route("/users/page")
def page():
    page_no = int(request.args.get("page", "1"))
    cur = get_db().cursor()
    # ok: python.injection.sql.dbapi-string-query
    cur.execute(f"SELECT * FROM users LIMIT 20 OFFSET {page_no * 20}")
    return {"users": cur.fetchall()}


@app.route("/users/sorted")
def sorted_users():
    column = ALLOWED_SORT.get(request.args.get("sort"), "name")
    cur = get_db().cursor()
    # ok: python.injection.sql.dbapi-string-query
    cur.execute(f"SELECT * FROM users ORDER BY {column}")
    return {"users": cur.fetchall()}


@app.route("/table")
def by_table():
    table = request.args["table"]
    conn = psycopg2.connect(dsn=DSN)
    stmt = sql.SQL("SELECT * FROM {} WHERE owner = %s").format(sql.Identifier(table))
    with conn.cursor() as cur:
        # ok: python.injection.sql.dbapi-string-query
        cur.execute(stmt, (request.args["owner"],))
        return {"rows": cur.fetchall()}


@app.route("/orm")
def orm_query(session=None):
    name = request.args["name"]
    stmt = select(User).where(User.name == name)
    # ok: python.injection.sql.dbapi-string-query
    return {"users": session.execute(stmt).scalars().all()}


@app.route("/text")
def text_query(session=None):
    name = request.args["name"]
    # ok: python.injection.sql.dbapi-string-query
    return {"rows": session.execute(text(f"SELECT * FROM t WHERE name = '{name}'")).all()}


@app.route("/posts/<int:post_id>")
def post(post_id):
    cur = get_db().cursor()
    # ok: python.injection.sql.dbapi-string-query
    cur.execute(f"SELECT title, body FROM posts WHERE id = {post_id}")
    return {"post": cur.fetchone()}


@app.route("/posts/<slug>")
def post_by_slug(slug):
    cur = get_db().cursor()
    # ruleid: python.injection.sql.dbapi-string-query
    cur.execute(f"SELECT title, body FROM posts WHERE slug = '{slug}'")
    return {"post": cur.fetchone()}


def migrate(cur):
    # ok: python.injection.sql.dbapi-string-query
    cur.execute("CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, msg TEXT)")
