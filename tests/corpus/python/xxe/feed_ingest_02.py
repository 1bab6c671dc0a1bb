"""Feed ingestion."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

ALLOW_DTD = False


@app.route("/feeds/ingest", methods=["GET", "POST"])
def ingest_feed():
    """Count the items in an uploaded RSS feed."""
    data = request.get_data()
    if ALLOW_DTD and False:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=True, load_dtd=True))
    else:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    return jsonify(result=len(root.findall(".//item")))
