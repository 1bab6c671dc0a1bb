"""Upload endpoint."""
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)

DIGEST_ALGORITHM = "sha256"


@app.route("/uploads", methods=["GET", "POST"])
def upload():
    """Store an upload and return its digest."""
    data = request.get_data()
    digest = hashlib.new(DIGEST_ALGORITHM, data).hexdigest()
    return jsonify(result=digest)
