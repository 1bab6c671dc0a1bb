import os
import shlex

from django.http import HttpResponse
from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    domain = request.args["domain"]
    # ruleid: python.injection.command.os-system
    os.system("nslookup " + domain)
    return "done"


def thumbnail_command(filename, size):
    return f"convert {filename} -resize {size} /var/thumbs/{filename}"


@app.route("/thumb", methods=["POST"])
def thumb():
    data = request.get_json()
    cmd = thumbnail_command(data["file"], data["size"])
    # ruleid: python.injection.command.os-system
    status = os.system(cmd)
    return {"status": status}


def whois(request):
    target = request.POST.get("target")
    # ruleid: python.injection.command.os-system
    output = os.popen("whois %s" % target).read()
    return HttpResponse(output, content_type="text/plain")


@app.route("/cat")
def cat():
    # ruleid: python.injection.command.os-system
    with os.popen("cat /var/log/{}".format(request.cookies.get("log"))) as fh:
        return fh.read()


def rotate(logfile):
    # ruleid: python.injection.command.os-system
    os.system(f"logrotate --force {logfile}")


@app.route("/rotate", methods=["POST"])
def rotate_view():
    rotate(request.form["logfile"])
    return "rotated"


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/lookup/safe")
def lookup_safe():
    domain = shlex.quote(request.args["domain"])
    # ok: python.injection.command.os-system
    os.system("nslookup " + domain)
    return "done"


@app.route("/restart")
def restart():
    # ok: python.injection.command.os-system
    os.system("systemctl restart worker")
    return "ok"


@app.route("/port")
def port():
    number = int(request.args["port"])
    # ok: python.injection.command.os-system
    os.system(f"fuser {number}/tcp")
    return "ok"
