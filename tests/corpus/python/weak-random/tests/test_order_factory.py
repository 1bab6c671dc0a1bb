"""Randomised order fixtures for the pricing tests."""
import random

import pytest
from flask import Flask

app = Flask(__name__)


@pytest.fixture
def orders():
    """A reproducible batch of fake orders."""
    rng = random.Random(1234)
    return [{"sku": "SKU-%d" % i, "qty": rng.randint(1, 9)} for i in range(20)]


def test_totals_are_positive(orders):
    assert all(o["qty"] > 0 for o in orders)
