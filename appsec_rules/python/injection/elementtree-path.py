import xml.etree.ElementTree as ET

import elementpath
from flask import Flask, request

app = Flask(__name__)
TAGS = {"title": "title", "author": "author"}


@app.route("/book")
def book():
    isbn = request.args["isbn"]
    root = ET.parse("catalog.xml").getroot()
    # ruleid: python.injection.xpath.elementtree-path
    node = root.find(f".//book[@isbn='{isbn}']")
    return {"title": node.findtext("title") if node is not None else None}


@app.route("/upload", methods=["POST"])
def inspect_upload():
    tree = ET.parse(request.files["doc"])
    root = tree.getroot()
    tag = request.form["tag"]
    # ruleid: python.injection.xpath.elementtree-path
    return {"n": len(root.findall(".//" + tag))}


def by_author(request):
    root = ET.fromstring(open("catalog.xml").read())
    # ruleid: python.injection.xpath.elementtree-path
    return [b.text for b in elementpath.select(root, "//book[author='%s']/title" % request.GET["author"])]


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/book/safe")
def book_safe():
    isbn = request.args["isbn"]
    root = ET.parse("catalog.xml").getroot()
    # ok: python.injection.xpath.elementtree-path
    matches = [b for b in root.iter("book") if b.get("isbn") == isbn]
    return {"found": bool(matches)}


@app.route("/field")
def field():
    root = ET.parse("catalog.xml").getroot()
    tag = TAGS.get(request.args["field"], "title")
    # ok: python.injection.xpath.elementtree-path
    return {"values": [e.text for e in root.findall(".//book/" + tag)]}


@app.route("/contains")
def contains():
    name = request.args["name"]
    # ok: python.injection.xpath.elementtree-path
    return {"pos": name.find("admin")}
