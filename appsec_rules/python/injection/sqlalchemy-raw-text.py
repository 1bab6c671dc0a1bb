from fastapi import Depends, FastAPI
from flask import Flask, request
from sqlalchemy import bindparam, literal_column, select, text
from sqlalchemy.orm import Session

app = Flask(__name__)
api = FastAPI()
SORTABLE = {"name": "users.name", "age": "users.age"}


@app.route("/users")
def find_users():
    name = request.args["name"]
    # ruleid: python.injection.sql.sqlalchemy-raw-text
    stmt = text(f"SELECT * FROM users WHERE name = '{name}'")
    return {"users": [dict(r) for r in db.session.execute(stmt)]}


def where_clause(field, value):
    return "%s = '%s'" % (field, value)


@app.route("/search", methods=["POST"])
def search():
    payload = request.get_json()
    clause = where_clause("email", payload["email"])
    # ruleid: python.injection.sql.sqlalchemy-raw-text
    rows = db.session.query(User).filter(text(clause)).all()
    return {"count": len(rows)}


@api.get("/report")
def report(order: str, session: Session = Depends(get_session)):
    # ruleid: python.injection.sql.sqlalchemy-raw-text
    stmt = select(User).order_by(literal_column(order))
    return session.execute(stmt).scalars().all()


@api.get("/raw")
def raw(table: str, session: Session = Depends(get_session)):
    with engine.connect() as conn:
        # ruleid: python.injection.sql.sqlalchemy-raw-text
        return conn.exec_driver_sql("SELECT count(*) FROM " + table).scalar()


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/users/safe")
def find_users_safe():
    name = request.args["name"]
    # ok: python.injection.sql.sqlalchemy-raw-text
    stmt = text("SELECT * FROM users WHERE name = :name")
    return {"users": [dict(r) for r in db.session.execute(stmt, {"name": name})]}


@app.route("/users/bound")
def find_users_bound():
    # ok: python.injection.sql.sqlalchemy-raw-text
    stmt = text("SELECT * FROM users WHERE id = :uid").bindparams(bindparam("uid", value=request.args["id"]))
    return {"users": [dict(r) for r in db.session.execute(stmt)]}


@api.get("/report/safe")
def report_safe(order: str, session: Session = Depends(get_session)):
    column = SORTABLE.get(order, "users.name")
    # ok: python.injection.sql.sqlalchemy-raw-text
    stmt = select(User).order_by(literal_column(column))
    return session.execute(stmt).scalars().all()


@api.get("/limit")
def limited(limit: int, session: Session = Depends(get_session)):
    # ok: python.injection.sql.sqlalchemy-raw-text
    return session.execute(text(f"SELECT * FROM events LIMIT {limit}")).all()
