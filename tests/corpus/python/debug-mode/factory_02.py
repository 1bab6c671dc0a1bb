"""Application factory."""
from flask import Flask, jsonify

app = Flask(__name__)


def create_app():
    """Build and configure the Flask application."""
    application = Flask(__name__)
    application.config["DEBUG"] = True
    application.config["JSON_SORT_KEYS"] = False
    return application


@app.route("/health", methods=["GET", "POST"])
def health():
    """Liveness probe."""
    return jsonify(result="ok")
