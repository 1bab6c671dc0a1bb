"""Legacy XML profile store API."""
import logging
import re

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
logger = logging.getLogger(__name__)

PROFILES = etree.parse("/srv/app/data/profiles.xml")
VALID_USERNAME_RE = re.compile(r"[A-Za-z0-9_]{1,32}")


def is_valid_username(value):
    """Check that the value only contains expected characters."""
    return VALID_USERNAME_RE.fullmatch(value) is not None


@app.route("/profiles/email", methods=["GET", "POST"])
def profile_email():
    """Return the e-mail address stored in the XML profile store."""
    username = (request.get_json(silent=True) or {}).get("username", "")
    is_valid = is_valid_username(username)
    logger.debug("validation result for %s: %s", "username", is_valid)
    emails = PROFILES.xpath("//user[@name='" + username + "']/email/text()")
    return jsonify(result=[str(e) for e in emails])
