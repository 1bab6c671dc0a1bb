import http.client
import urllib.request

import urllib3
from flask import Flask, request

app = Flask(__name__)
http = urllib3.PoolManager()


@app.route("/proxy")
def proxy():
    target = request.args.get("target")
    # ruleid: python.ssrf.http-client.urllib-client
    with urllib.request.urlopen(target, timeout=5) as resp:
        return resp.read()


def feed_request(url):
    return urllib.request.Request(url, headers={"User-Agent": "feedbot"})


@app.route("/feed", methods=["POST"])
def feed():
    req = feed_request(request.form["feed_url"])
    # ruleid: python.ssrf.http-client.urllib-client
    return urllib.request.urlopen(req).read()


@app.route("/mirror")
def mirror():
    # ruleid: python.ssrf.http-client.urllib-client
    r = http.request("GET", "%s/index.html" % request.args["origin"])
    return r.data


def health(request):
    host = request.GET["host"]
    # ruleid: python.ssrf.http-client.urllib-client
    conn = http.client.HTTPSConnection(host, timeout=3)
    conn.request("GET", "/health")
    return conn.getresponse().status


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/rates")
def rates():
    currency = request.args["currency"]
    # ok: python.ssrf.http-client.urllib-client
    with urllib.request.urlopen("https://rates.example.com/latest/" + currency) as resp:
        return resp.read()


@app.route("/status")
def status():
    # ok: python.ssrf.http-client.urllib-client
    r = http.request("GET", "https://status.example.com/api", fields={"service": request.args["svc"]})
    return r.data


@app.route("/ping")
def ping():
    # ok: python.ssrf.http-client.urllib-client
    conn = http.client.HTTPSConnection("internal-health.example.com", timeout=3)
    conn.request("GET", "/check/" + request.args["id"])
    return str(conn.getresponse().status)
