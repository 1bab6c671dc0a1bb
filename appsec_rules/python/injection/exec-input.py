from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
HOOKS = {"audit": "hooks/audit.py", "notify": "hooks/notify.py"}


def wrap_rule(body):
    return f"def rule(order):\n    return {body}\n"


@app.route("/rules", methods=["POST"])
def add_rule():
    source = wrap_rule(request.json["condition"])
    namespace = {}
    # ruleid: python.injection.code.exec-input
    exec(source, namespace)
    return {"ok": callable(namespace["rule"])}


@api.post("/plugins/{name}")
async def load_plugin(name: str, code: str):
    # ruleid: python.injection.code.exec-input
    compiled = compile(code, name, "exec")
    return {"names": list(compiled.co_names)}


def run_snippet(request):
    snippet = request.POST.get("snippet", "")
    # ruleid: python.injection.code.exec-input
    exec("result = " + snippet, {}, {})


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/hooks/<name>", methods=["POST"])
def run_hook(name):
    path = HOOKS.get(name)
    if path is None:
        return {"error": "unknown hook"}, 404
    with open(path) as fh:
        # ok: python.injection.code.exec-input
        exec(compile(fh.read(), path, "exec"), {})
    return {"ok": True}


def bootstrap():
    # ok: python.injection.code.exec-input
    exec("import this")


@app.route("/syntax", methods=["POST"])
def syntax_check():
    count = int(request.form["lines"])
    # ok: python.injection.code.exec-input
    compile("\n" * count, "<blank>", "exec")
    return {"ok": True}
