import asyncio
import os
import subprocess

from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
TOOLS = {"lint": "/usr/bin/ruff", "fmt": "/usr/bin/black"}


@app.route("/run")
def run_tool():
    tool = request.args["tool"]
    # ruleid: python.injection.command.tainted-program
    result = subprocess.run([tool, "--version"], capture_output=True, text=True)
    return result.stdout


@app.route("/exec", methods=["POST"])
def exec_line():
    line = request.form["cmd"]
    argv = line.split()
    # ruleid: python.injection.command.tainted-program
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE)
    return {"pid": proc.pid}


def hook_path(name):
    return "/opt/hooks/" + name


@app.route("/hook")
def hook():
    path = hook_path(request.args["hook"])
    # ruleid: python.injection.command.tainted-program
    os.spawnv(os.P_WAIT, path, [path])
    return "ok"


@api.post("/job")
async def job(binary: str):
    # ruleid: python.injection.command.tainted-program
    proc = await asyncio.create_subprocess_exec(binary, "--job")
    return {"rc": await proc.wait()}


@app.route("/sh")
def sh():
    argv = ["bash", "-c", request.args["script"]]
    # ruleid: python.injection.command.tainted-program
    subprocess.run(argv, check=True)
    return "ok"


def worker(request):
    prog = request.GET["prog"]
    # ruleid: python.injection.command.tainted-program
    os.execvp(prog, [prog])


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/run/safe")
def run_tool_safe():
    tool = TOOLS.get(request.args["tool"])
    # ok: python.injection.command.tainted-program
    result = subprocess.run([tool, "--version"], capture_output=True, text=True)
    return result.stdout


@app.route("/lint")
def lint():
    target = request.args["file"]
    # ok: python.injection.command.tainted-program
    result = subprocess.run(["ruff", "check", "--", target], capture_output=True, text=True)
    return result.stdout


@app.route("/fmt")
def fmt():
    cmd = ["black", "--check", "--", request.args["file"]]
    # ok: python.injection.command.tainted-program
    result = subprocess.run(cmd, capture_output=True, text=True)
    return result.stdout


def cron():
    # ok: python.injection.command.tainted-program
    os.execv("/usr/bin/backup", ["/usr/bin/backup", "--full"])
