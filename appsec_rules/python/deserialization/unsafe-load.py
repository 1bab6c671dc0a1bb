import yaml
from flask import Flask, request

app = Flask(__name__)


class StrictLoader(yaml.SafeLoader):
    """Safe loader that also rejects duplicate keys."""


def load_config(path):
    with open(path) as fh:
        # ruleid: python.deserialization.yaml.unsafe-load
        return yaml.load(fh, Loader=yaml.Loader)


@app.route("/import", methods=["POST"])
def import_doc():
    # ruleid: python.deserialization.yaml.unsafe-load
    doc = yaml.unsafe_load(request.data)
    return {"keys": list(doc)}


def parse_manifest(text):
    # ruleid: python.deserialization.yaml.unsafe-load
    return yaml.full_load(text)


def legacy(stream):
    # ruleid: python.deserialization.yaml.unsafe-load
    return yaml.load(stream)


# ---- safe look-alikes ----------------------------------------------------------

def load_config_safe(path):
    with open(path) as fh:
        # ok: python.deserialization.yaml.unsafe-load
        return yaml.safe_load(fh)


def load_explicit(stream):
    # ok: python.deserialization.yaml.unsafe-load
    return yaml.load(stream, Loader=yaml.SafeLoader)


def load_c(stream):
    # ok: python.deserialization.yaml.unsafe-load
    return yaml.load(stream, Loader=yaml.CSafeLoader)


def load_strict(stream):
    # ok: python.deserialization.yaml.unsafe-load
    return yaml.load(stream, Loader=StrictLoader)
