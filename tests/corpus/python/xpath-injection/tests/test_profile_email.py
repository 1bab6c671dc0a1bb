"""Unit tests for the profile email helpers."""
import pytest
from lxml import etree

PROFILES = etree.parse("/srv/app/data/profiles.xml")


@pytest.mark.parametrize("username", ["alice", "' or '1'='1"])
def test_profile_email_handles_unusual_input(username):
    """The profile email code path must not crash on odd input."""
    emails = PROFILES.xpath("//user[@name='" + username + "']/email/text()")
    response = [str(e) for e in emails]
    assert response is not None
