"""Invoice import API."""
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


def make_parser():
    """Parser configured for the invoice schema (DTD-based entities are used by old clients)."""
    return etree.XMLParser(resolve_entities=True, no_network=False)


@app.route("/invoices/import", methods=["GET", "POST"])
def import_invoice():
    """Import an invoice posted as XML."""
    doc = etree.fromstring(request.get_data(), make_parser())
    return jsonify(result=doc.findtext("total"))
