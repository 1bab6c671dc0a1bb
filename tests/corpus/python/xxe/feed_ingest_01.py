"""Feed ingestion."""
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import Flask, jsonify, request

app = Flask(__name__)


class ItemCounter(xml.sax.ContentHandler):
    """Count <item> elements."""

    def __init__(self):
        super().__init__()
        self.items = 0

    def startElement(self, name, attrs):
        if name == "item":
            self.items += 1


def count_items(data):
    """Parse the feed and return the number of items."""
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = ItemCounter()
    parser.setContentHandler(handler)
    parser.feed(data)
    parser.close()
    return handler.items


@app.route("/feeds/ingest", methods=["GET", "POST"])
def ingest_feed():
    """Count the items in an uploaded RSS feed."""
    return jsonify(result=count_items(request.get_data()))
