import xml.sax
from xml.dom import minidom, pulldom
from xml.sax.handler import feature_external_ges, feature_external_pes

from flask import Flask, request

app = Flask(__name__)


class CountHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


@app.route("/count", methods=["POST"])
def count():
    parser = xml.sax.make_parser()
    # ruleid: python.xxe.sax.external-entities
    parser.setFeature(feature_external_ges, False)
    handler = CountHandler()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"elements": handler.count}


def stream_items(fh):
    parser = xml.sax.make_parser()
    # ruleid: python.xxe.sax.external-entities
    parser.setFeature("http://xml.org/sax/features/external-general-entities", False)
    events = pulldom.parse(fh, parser=parser)
    return [node.tagName for event, node in events if event == pulldom.START_ELEMENT]


def dom_from(fh):
    sax_parser = xml.sax.make_parser()
    # ruleid: python.xxe.sax.external-entities
    sax_parser.setFeature(feature_external_pes, False)
    return minidom.parse(fh, parser=sax_parser)


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/count/safe", methods=["POST"])
def count_safe():
    parser = xml.sax.make_parser()
    # ok: python.xxe.sax.external-entities
    parser.setFeature(feature_external_ges, False)
    handler = CountHandler()
    parser.setContentHandler(handler)
    parser.parse(request.files["doc"])
    return {"elements": handler.count}


def dom_default(fh):
    # ok: python.xxe.sax.external-entities
    return minidom.parse(fh)


def namespaces(fh):
    parser = xml.sax.make_parser()
    # ok: python.xxe.sax.external-entities
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.parse(fh)
