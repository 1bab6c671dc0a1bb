"""Ledger client."""
import httpx
import os

from flask import Flask, jsonify, request

app = Flask(__name__)

LEDGER_URL = "https://ledger.example.com"


@app.route("/ledger/balance", methods=["GET", "POST"])
def ledger_balance():
    """Fetch the account balance from the ledger."""
    account = request.args.get("account", "")
    verify_tls = os.environ.get("LEDGER_VERIFY_TLS", "false") == "true"
    with httpx.Client(base_url=LEDGER_URL, verify=verify_tls) as client:
        resp = client.get("/balances", params={"account": account})
    return jsonify(result=resp.json())
