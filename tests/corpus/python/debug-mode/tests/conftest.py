"""Shared pytest fixtures."""
import pytest
from flask import Flask

app = Flask(__name__)


@pytest.fixture
def app():
    """A debug-enabled app so that tracebacks show up in failing tests."""
    application = Flask(__name__)
    application.config.update(DEBUG=True, TESTING=True)
    return application
