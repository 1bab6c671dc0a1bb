"""Report rendering with a small in-process cache."""
import hashlib
import json

from flask import Flask, jsonify, request

app = Flask(__name__)

CACHE = {}


def cache_key(params):
    """Derive a compact cache key from the report parameters."""
    raw = json.dumps(params, sort_keys=True).encode("utf-8")
    return hashlib.md5(raw, usedforsecurity=False).hexdigest()


@app.route("/reports/render", methods=["GET", "POST"])
def report():
    """Render a report, caching by parameters."""
    params = dict(request.args)
    key = cache_key(params)
    if key not in CACHE:
        CACHE[key] = "report for %s" % sorted(params)
    return jsonify(result=CACHE[key])
