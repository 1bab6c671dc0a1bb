import asyncio
import shlex
import subprocess

from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    # ruleid: python.injection.command.subprocess-shell
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return out.decode()


def archive_cmd(name):
    return "tar czf /tmp/backup.tgz " + name


@app.route("/backup", methods=["POST"])
def backup():
    cmd = archive_cmd(request.form["dir"])
    # ruleid: python.injection.command.subprocess-shell
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return {"pid": proc.pid}


def disk_usage(request):
    path = request.GET["path"]
    # ruleid: python.injection.command.subprocess-shell
    return subprocess.getoutput("du -sh %s" % path)


@api.get("/grep")
async def grep(pattern: str):
    # ruleid: python.injection.command.subprocess-shell
    proc = await asyncio.create_subprocess_shell("grep -r '{}' /srv/logs".format(pattern))
    return {"rc": await proc.wait()}


@app.route("/convert")
def convert():
    src = request.args["src"]
    # ruleid: python.injection.command.subprocess-shell
    subprocess.run(["/bin/sh", "-c", "convert " + src + " out.png"], check=True)
    return "ok"


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/ping/safe")
def ping_safe():
    host = request.args.get("host", "localhost")
    # ok: python.injection.command.subprocess-shell
    out = subprocess.check_output(["ping", "-c", "1", host])
    return out.decode()


@app.route("/ping/quoted")
def ping_quoted():
    host = shlex.quote(request.args.get("host", "localhost"))
    # ok: python.injection.command.subprocess-shell
    out = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return out.decode()


@app.route("/count")
def count():
    n = int(request.args["n"])
    # ok: python.injection.command.subprocess-shell
    subprocess.run(f"seq {n} | wc -l", shell=True, check=True)
    return "ok"


def nightly():
    # ok: python.injection.command.subprocess-shell
    subprocess.run("find /tmp -mtime +7 -delete", shell=True, check=True)
