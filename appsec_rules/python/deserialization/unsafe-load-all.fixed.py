import yaml
from flask import Flask, request

app = Flask(__name__)


def read_manifests(path):
    with open(path) as fh:
        # ruleid: python.deserialization.yaml.unsafe-load-all
        return list(yaml.safe_load_all(fh))


@app.route("/k8s/apply", methods=["POST"])
def apply():
    # ruleid: python.deserialization.yaml.unsafe-load-all
    docs = list(yaml.safe_load_all(request.data))
    return {"count": len(docs)}


def stream_docs(stream):
    # ruleid: python.deserialization.yaml.unsafe-load-all
    for doc in yaml.safe_load_all(stream):
        yield doc


# ---- safe look-alikes ----------------------------------------------------------

def read_manifests_safe(path):
    with open(path) as fh:
        # ok: python.deserialization.yaml.unsafe-load-all
        return list(yaml.safe_load_all(fh))


def read_explicit(stream):
    # ok: python.deserialization.yaml.unsafe-load-all
    return list(yaml.load_all(stream, Loader=yaml.SafeLoader))


def read_single(stream):
    # ok: python.deserialization.yaml.unsafe-load-all
    return yaml.safe_load(stream)
