import os

from flask import Flask

app = Flask(__name__)

# ruleid: python.cookie.insecure-cookie.flask-config
app.config["SESSION_COOKIE_SECURE"] = True

# ruleid: python.cookie.insecure-cookie.flask-config
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_HTTPONLY=True,
    TESTING=False,
)


class ProductionConfig:
    DEBUG = False
    # ruleid: python.cookie.insecure-cookie.flask-config
    REMEMBER_COOKIE_SECURE = True
    # ruleid: python.cookie.insecure-cookie.flask-config
    SESSION_COOKIE_SAMESITE = None


# ---- safe look-alikes ----------------------------------------------------------

class HardenedConfig:
    # ok: python.cookie.insecure-cookie.flask-config
    SESSION_COOKIE_SECURE = True
    # ok: python.cookie.insecure-cookie.flask-config
    SESSION_COOKIE_SAMESITE = "Lax"


# ok: python.cookie.insecure-cookie.flask-config
app.config["SESSION_COOKIE_HTTPONLY"] = True
# ok: python.cookie.insecure-cookie.flask-config
app.config["SESSION_COOKIE_SECURE"] = os.environ.get("COOKIE_SECURE", "1") == "1"
# ok: python.cookie.insecure-cookie.flask-config
app.config["PROPAGATE_EXCEPTIONS"] = False
