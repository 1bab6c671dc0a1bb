"""Landing page views."""
import logging
import re

from flask import Flask, make_response, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

VALID_NAME_RE = re.compile(r"[A-Za-z][A-Za-z ]{0,39}")


def is_valid_name(value):
    """Check that the value only contains expected characters."""
    return VALID_NAME_RE.fullmatch(value) is not None


@app.route("/greet", methods=["GET", "POST"])
def greet():
    """Render a personalised greeting."""
    name = (request.get_json(silent=True) or {}).get("name", "")
    is_valid = is_valid_name(name)
    logger.debug("validation result for %s: %s", "name", is_valid)
    return make_response("<h1>Hello, " + name + "!</h1>")
