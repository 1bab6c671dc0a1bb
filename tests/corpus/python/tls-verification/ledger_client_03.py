"""Ledger client."""
import httpx

from flask import Flask, jsonify, request

app = Flask(__name__)

LEDGER_URL = "https://ledger.example.com"
INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


@app.route("/ledger/balance", methods=["GET", "POST"])
def ledger_balance():
    """Fetch the account balance from the ledger."""
    account = request.args.get("account", "")
    with httpx.Client(base_url=LEDGER_URL, verify=INTERNAL_CA) as client:
        resp = client.get("/balances", params={"account": account})
    return jsonify(result=resp.json())
