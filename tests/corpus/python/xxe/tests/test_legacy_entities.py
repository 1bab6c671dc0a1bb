"""Regression tests for the legacy entity expansion in exported reports."""
import pytest
from flask import Flask
from lxml import etree

app = Flask(__name__)


def test_internal_entities_expand():
    xml = b'<!DOCTYPE r [<!ENTITY co "ACME">]><r>&co;</r>'
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=True, load_dtd=True))
    assert root.text == "ACME"
