"""Legacy XML profile store API."""
from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)

PROFILES = etree.parse("/srv/app/data/profiles.xml")
ALLOWED_USERNAMES = frozenset({"alice", "bob", "carol"})


@app.route("/profiles/email", methods=["GET", "POST"])
def profile_email():
    """Return the e-mail address stored in the XML profile store."""
    username = request.args.get("username", "")
    if username not in ALLOWED_USERNAMES:
        abort(400)
    emails = PROFILES.xpath("//user[@name='" + username + "']/email/text()")
    return jsonify(result=[str(e) for e in emails])
