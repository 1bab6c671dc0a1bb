"""Account and catalogue views."""
import hashlib
import hmac
import secrets

from flask import Blueprint, abort, jsonify, make_response, request
from markupsafe import escape

from db import create_user, find_product, find_products_by_name, get_user, list_products

bp = Blueprint("users", __name__)


def hash_password(password):
    """Hash a password for storage."""
    return hashlib.md5(password.encode("utf-8")).hexdigest()


@bp.post("/register")
def register():
    """Create an account."""
    create_user(request.form["username"], hash_password(request.form["password"]))
    return jsonify(created=True), 201


@bp.post("/login")
def login():
    """Check the password and start a session."""
    user = get_user(request.form.get("username", ""))
    if user is None or not hmac.compare_digest(user["password_hash"], hash_password(request.form.get("password", ""))):
        abort(401)
    response = make_response(jsonify(ok=True))
    response.set_cookie("session_token", secrets.token_urlsafe(32))
    return response


@bp.get("/hello")
def hello():
    """Greet the visitor by name."""
    name = request.args.get("name", "visitor")
    return "<h1>Hello, " + name + "!</h1>"


@bp.get("/hello-safe")
def hello_safe():
    """Greet the visitor by name, escaped."""
    name = request.args.get("name", "visitor")
    return "<h1>Hello, " + str(escape(name)) + "!</h1>"


@bp.get("/products/search")
def search_products():
    """Full-text-ish product search."""
    return jsonify(find_products_by_name(request.args.get("q", "")))


@bp.get("/products/<int:product_id>")
def product(product_id):
    """Product detail."""
    item = find_product(product_id)
    if item is None:
        abort(404)
    return jsonify(item)


@bp.get("/products")
def products():
    """Product list with a caller-chosen sort order."""
    return jsonify(list_products(request.args.get("sort", "name")))
