"""Legacy XML profile store API."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PROFILES = etree.parse("/srv/app/data/profiles.xml")


def find_email(username):
    """Find the e-mail element for a user."""
    emails = PROFILES.xpath("//user[@name='" + username + "']/email/text()")
    return jsonify(result=[str(e) for e in emails])


@app.route("/profiles/email", methods=["GET", "POST"])
def profile_email():
    """Return the e-mail address stored in the XML profile store."""
    return find_email(request.form.get("username", ""))
