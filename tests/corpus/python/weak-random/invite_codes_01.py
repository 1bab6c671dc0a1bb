"""Team invitation endpoints."""
import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)

_RNG = random.SystemRandom()
ALPHABET = string.ascii_uppercase + string.digits
INVITES = {}


@app.route("/invites", methods=["GET", "POST"])
def create_invite():
    """Create an invitation code."""
    team = request.form.get("team", "")
    code = "".join(_RNG.choice(ALPHABET) for _ in range(12))
    INVITES[code] = team
    return jsonify(result=code)
