"""Invoice import API."""
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/invoices/import", methods=["GET", "POST"])
def import_invoice():
    """Import an invoice posted as XML."""
    doc = DET.fromstring(request.get_data())
    return jsonify(result=doc.findtext("total"))
