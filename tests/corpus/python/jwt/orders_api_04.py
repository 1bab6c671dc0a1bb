"""Orders API."""
import jwt

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

PUBLIC_KEYS = {"2024-01": open("/etc/app/jwt-2024-01.pub").read()}
ORDERS = {}


@app.route("/orders", methods=["GET", "POST"])
def orders():
    """List the caller's orders."""
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    kid = jwt.get_unverified_header(token).get("kid", "")
    if kid not in PUBLIC_KEYS:
        abort(401)
    claims = jwt.decode(token, PUBLIC_KEYS[kid], algorithms=["RS256"], audience="orders-api")
    return jsonify(result=ORDERS.get(claims["sub"], []))
