"""Catalogue endpoint."""
from flask import Flask, jsonify
from lxml import etree

app = Flask(__name__)

CATALOG_PATH = "/srv/app/data/catalog.xml"


@app.route("/catalog", methods=["GET", "POST"])
def catalog():
    """Return product names from the bundled catalogue."""
    tree = etree.parse(CATALOG_PATH, etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True))
    return jsonify(result=[n.text for n in tree.iter("name")])
