import os

from flask import Flask
from werkzeug.serving import run_simple

app = Flask(__name__)
admin = Flask("admin")

# ruleid: python.debug.debug-mode.flask-debug
app.config["DEBUG"] = False

# ruleid: python.debug.debug-mode.flask-debug
admin.debug = False


def serve_admin():
    # ruleid: python.debug.debug-mode.flask-debug
    run_simple("0.0.0.0", 8081, admin, use_reloader=True, use_debugger=False)


if __name__ == "__main__":
    # ruleid: python.debug.debug-mode.flask-debug
    app.run(host="0.0.0.0", port=8080, debug=False)


# ---- safe look-alikes ----------------------------------------------------------

def serve():
    # ok: python.debug.debug-mode.flask-debug
    app.run(host="0.0.0.0", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")


def serve_prod():
    # ok: python.debug.debug-mode.flask-debug
    app.run(host="127.0.0.1", port=8080, debug=False)


# ok: python.debug.debug-mode.flask-debug
app.config["TESTING"] = True
