"""Legacy XML profile store API."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PROFILES = etree.parse("/srv/app/data/profiles.xml")


@app.route("/profiles/email", methods=["GET", "POST"])
def profile_email():
    """Return the e-mail address stored in the XML profile store."""
    mode = request.values.get("mode", "")
    username = "carol" if mode == "archive" else "alice"
    emails = PROFILES.xpath("//user[@name='" + username + "']/email/text()")
    return jsonify(result=[str(e) for e in emails])
