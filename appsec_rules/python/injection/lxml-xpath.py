from fastapi import FastAPI
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
api = FastAPI()
doc = etree.parse("users.xml")


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    password = request.form["password"]
    query = "//user[name/text()='" + user + "' and password/text()='" + password + "']"
    # ruleid: python.injection.xpath.lxml-xpath
    matches = doc.xpath(query)
    return {"ok": bool(matches)}


def role_expr(role):
    return f"//user[@role='{role}']/name/text()"


@app.route("/by-role")
def by_role():
    # ruleid: python.injection.xpath.lxml-xpath
    find = etree.XPath(role_expr(request.args["role"]))
    return {"names": find(doc)}


@api.get("/items")
def items(path: str):
    evaluator = etree.XPathEvaluator(doc)
    # ruleid: python.injection.xpath.lxml-xpath
    return {"items": [str(x) for x in evaluator("/catalog/%s" % path)]}


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/login/safe", methods=["POST"])
def login_safe():
    # ok: python.injection.xpath.lxml-xpath
    matches = doc.xpath("//user[name/text()=$name and password/text()=$pw]",
                        name=request.form["user"], pw=request.form["password"])
    return {"ok": bool(matches)}


@app.route("/page")
def page():
    index = int(request.args["i"])
    # ok: python.injection.xpath.lxml-xpath
    return {"item": doc.xpath(f"//item[{index}]/text()")}


FIND_ADMINS = etree.XPath("//user[@role='admin']/name/text()")


@app.route("/admins")
def admins():
    # ok: python.injection.xpath.lxml-xpath
    return {"names": FIND_ADMINS(doc)}
