import ruamel.yaml
from ruamel.yaml import YAML


def load_settings(path):
    # ruleid: python.deserialization.yaml.ruamel-unsafe
    yaml = YAML(typ="unsafe")
    with open(path) as fh:
        return yaml.load(fh)


def load_pipeline(stream):
    # ruleid: python.deserialization.yaml.ruamel-unsafe
    parser = ruamel.yaml.YAML(typ='unsafe', pure=True)
    return parser.load(stream)


def legacy_load(text):
    # ruleid: python.deserialization.yaml.ruamel-unsafe
    return ruamel.yaml.load(text, Loader=ruamel.yaml.Loader)


# ---- safe look-alikes ----------------------------------------------------------

def load_settings_safe(path):
    # ok: python.deserialization.yaml.ruamel-unsafe
    yaml = YAML(typ="safe")
    with open(path) as fh:
        return yaml.load(fh)


def load_roundtrip(stream):
    # ok: python.deserialization.yaml.ruamel-unsafe
    yaml = YAML()
    return yaml.load(stream)


def legacy_safe(text):
    # ok: python.deserialization.yaml.ruamel-unsafe
    return ruamel.yaml.safe_load(text)
