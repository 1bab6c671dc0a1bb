from defusedxml import ElementTree as SafeET
from flask import Flask, request
from lxml import etree, objectify

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_xml():
    # ruleid: python.xxe.lxml.unsafe-parser
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    return {"root": doc.tag}


def parse_feed(stream):
    # ruleid: python.xxe.lxml.unsafe-parser
    tree = etree.parse(stream, etree.XMLParser(load_dtd=True, no_network=False))
    return tree.getroot()


def objectify_config(text):
    # ruleid: python.xxe.lxml.unsafe-parser
    parser = objectify.makeparser(remove_blank_text=True, resolve_entities=True)
    return objectify.fromstring(text, parser)


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/import/safe", methods=["POST"])
def import_xml_safe():
    # ok: python.xxe.lxml.unsafe-parser
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(request.data, parser)
    return {"root": doc.tag}


@app.route("/import/defused", methods=["POST"])
def import_defused():
    # ok: python.xxe.lxml.unsafe-parser
    root = SafeET.fromstring(request.data)
    return {"root": root.tag}


def parse_plain(stream):
    # ok: python.xxe.lxml.unsafe-parser
    parser = etree.XMLParser(remove_blank_text=True, huge_tree=False)
    return etree.parse(stream, parser)
