"""Inventory demo service: application factory and entry point."""
from flask import Flask

import assets
import ops
import users
from config import Config


def create_app():
    """Build the Flask application and register the blueprints."""
    app = Flask(__name__)
    app.config.from_object(Config)
    app.register_blueprint(users.bp)
    app.register_blueprint(ops.bp)
    app.register_blueprint(assets.bp)
    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=5000, debug=True)
