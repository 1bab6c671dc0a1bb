import ast
import json

from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
OPERATIONS = {"sum": sum, "max": max, "min": min}


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    # ruleid: python.injection.code.eval-input
    return {"result": eval(expr)}


def settings_view(request):
    value = request.POST["value"]
    # ruleid: python.injection.code.eval-input
    parsed = eval("{" + value + "}")
    return parsed


def price_formula(formula, qty):
    # ruleid: python.injection.code.eval-input
    return eval(formula, {"__builtins__": {}}, {"qty": qty})


@api.get("/price")
def price(formula: str, qty: int = 1):
    return {"price": price_formula(formula, qty)}


@app.route("/filter", methods=["POST"])
def filter_rows():
    condition = request.get_json()["where"]
    # ruleid: python.injection.code.eval-input
    keep = [row for row in ROWS if eval(f"row['{condition}']")]
    return {"rows": keep}


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/calc/safe")
def calc_safe():
    expr = request.args.get("expr", "0")
    # ok: python.injection.code.eval-input
    return {"result": ast.literal_eval(expr)}


@app.route("/aggregate", methods=["POST"])
def aggregate():
    op = OPERATIONS.get(request.json["op"], sum)
    # ok: python.injection.code.eval-input
    return {"result": op(json.loads(request.data)["values"])}


@app.route("/double")
def double():
    n = int(request.args["n"])
    # ok: python.injection.code.eval-input
    return {"result": eval(f"{n} * 2")}


@app.route("/expr")
def checked_expr():
    expr = request.args["expr"]
    if not NUMERIC_EXPR.fullmatch(expr):
        return {"error": "invalid"}, 400
    # ok: python.injection.code.eval-input
    return {"result": eval(expr)}
