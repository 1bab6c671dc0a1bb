"""Invoice import API."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/invoices/import", methods=["GET", "POST"])
def import_invoice():
    """Import an invoice posted as XML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    doc = etree.fromstring(request.get_data(), parser)
    return jsonify(result=doc.findtext("total"))
