"""Marketing banner views."""
import logging
import re

from flask import Flask, render_template_string, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

VALID_NAME_RE = re.compile(r"[A-Za-z][A-Za-z ]{0,39}")


def is_valid_name(value):
    """Check that the value only contains expected characters."""
    return VALID_NAME_RE.fullmatch(value) is not None


@app.route("/banner", methods=["GET", "POST"])
def banner():
    """Render the welcome banner for the landing page."""
    name = request.values.get("name", "")
    is_valid = is_valid_name(name)
    logger.debug("validation result for %s: %s", "name", is_valid)
    return render_template_string("<p>Welcome, " + name + "!</p>")
