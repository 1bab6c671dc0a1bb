"""Alerting (fixture: all Slack credentials below are fake)."""
import os

import requests
from slack_sdk import WebClient

# ruleid: secrets.generic.hardcoded-secret.slack-token
client = WebClient(token="xoxb-828288072902-2279180588871-FAKEfixtureTok0nlyQ7xZ3")

# ruleid: secrets.generic.hardcoded-secret.slack-token
ALERTS_WEBHOOK = "https://hooks.slack.com/services/TFAKE0001/BFAKE0002/FAKEfixtureHook0nlyQ7xZ3"

USER_TOKENS = {
    # ruleid: secrets.generic.hardcoded-secret.slack-token
    "ops": "xoxp-478878384837-261675136134-1252427316723-5dcad6ba2b0aee0ca923732881584d8c",
}


def notify(text: str) -> None:
    requests.post(ALERTS_WEBHOOK, json={"text": text}, timeout=5)


# Safe: loaded from the environment.
# ok: secrets.generic.hardcoded-secret.slack-token
ops_client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])

# Safe: documentation placeholders.
# ok: secrets.generic.hardcoded-secret.slack-token
EXAMPLE_TOKEN = "xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX"
# ok: secrets.generic.hardcoded-secret.slack-token
EXAMPLE_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"

# Safe: token type prefix used for validation.
def is_bot_token(value: str) -> bool:
    # ok: secrets.generic.hardcoded-secret.slack-token
    return value.startswith("xoxb-")
