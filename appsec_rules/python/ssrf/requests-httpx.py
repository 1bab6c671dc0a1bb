from urllib.parse import urlparse

import httpx
import requests
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
ALLOWED_HOSTS = {"api.partner.com", "cdn.partner.com"}


@app.route("/preview")
def preview():
    url = request.args["url"]
    # ruleid: python.ssrf.http-client.requests-httpx
    resp = requests.get(url, timeout=5)
    return {"status": resp.status_code, "title": resp.text[:100]}


def webhook_target(host, path):
    return "http://%s/%s" % (host, path)


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    body = request.get_json()
    target = webhook_target(body["host"], body["path"])
    with requests.Session() as s:
        # ruleid: python.ssrf.http-client.requests-httpx
        r = s.post(target, json={"ping": True})
    return {"status": r.status_code}


@api.get("/fetch")
def fetch(source: str):
    client = httpx.Client(timeout=3)
    # ruleid: python.ssrf.http-client.requests-httpx
    return {"body": client.get(f"{source}/status").text}


def avatar(request):
    # ruleid: python.ssrf.http-client.requests-httpx
    data = httpx.request("GET", request.POST["avatar_url"]).content
    return data


def ping_webhook(url):
    # ruleid: python.ssrf.http-client.requests-httpx
    return requests.post(url, json={"ping": True}, timeout=5).status_code


@app.route("/webhook/ping", methods=["POST"])
def ping():
    return {"status": ping_webhook(request.form["url"])}


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/weather")
def weather():
    city = request.args["city"]
    # ok: python.ssrf.http-client.requests-httpx
    resp = requests.get(f"https://api.weather.example.com/v1/{city}", timeout=5)
    return resp.json()


@app.route("/partner")
def partner():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return {"error": "host not allowed"}, 400
    # ok: python.ssrf.http-client.requests-httpx
    return requests.get(url, timeout=5).json()


@app.route("/search")
def search():
    # ok: python.ssrf.http-client.requests-httpx
    resp = requests.get("https://search.example.com/api", params={"q": request.args["q"]}, timeout=5)
    return resp.json()


@app.route("/lookup")
def lookup():
    cache = {}
    # ok: python.ssrf.http-client.requests-httpx
    return {"hit": cache.get(request.args["key"])}
