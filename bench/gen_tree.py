"""Generate a multi-language tree (default ≥ 20k lines) of realistic handlers: vulnerable and safe."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PY = """import hashlib
import os
import subprocess

from flask import Flask, request, redirect

app = Flask(__name__)
ALLOWED_{n} = {{"a": "ls", "b": "df -h"}}


@app.route("/run{n}")
def run_{n}():
    cmd = request.args.get("cmd")
    return subprocess.check_output(cmd, shell=True)


@app.route("/safe{n}")
def safe_{n}():
    cmd = ALLOWED_{n}.get(request.args.get("k"), "ls")
    return subprocess.check_output(cmd, shell=True)


@app.route("/file{n}")
def file_{n}():
    name = request.args["name"]
    with open(os.path.join("/srv/data", name)) as handle:
        return handle.read()


def digest_{n}(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@app.route("/go{n}")
def go_{n}():
    return redirect(request.args.get("next", "/"))


def helper_{n}(values):
    total = 0
    for value in values:
        total += value * {n}
    return total
"""

JS = """const express = require("express");
const {{ exec }} = require("child_process");
const fs = require("fs");
const app = express();

app.get("/run{n}", (req, res) => {{
  exec("ls " + req.query.dir, (err, out) => res.send(out));
}});

app.get("/safe{n}", (req, res) => {{
  const dirs = {{ a: "/tmp", b: "/var" }};
  exec("ls " + (dirs[req.query.k] || "/tmp"), (err, out) => res.send(out));
}});

app.get("/read{n}", (req, res) => {{
  fs.readFile("/data/" + req.query.name, (err, data) => res.send(data));
}});

function sum{n}(values) {{
  return values.reduce((a, b) => a + b * {n}, 0);
}}

module.exports = {{ app, sum{n} }};
"""

GO = """package main

import (
	"database/sql"
	"fmt"
	"net/http"
	"os/exec"
)

func query{n}(db *sql.DB, w http.ResponseWriter, r *http.Request) {{
	name := r.URL.Query().Get("name")
	rows, _ := db.Query("SELECT * FROM users WHERE name = '" + name + "'")
	defer rows.Close()
	fmt.Fprintln(w, "ok")
}}

func safe{n}(db *sql.DB, w http.ResponseWriter, r *http.Request) {{
	rows, _ := db.Query("SELECT * FROM users WHERE name = ?", r.URL.Query().Get("name"))
	defer rows.Close()
}}

func run{n}(w http.ResponseWriter, r *http.Request) {{
	out, _ := exec.Command("sh", "-c", r.FormValue("cmd")).Output()
	w.Write(out)
}}
"""

JAVA = """package bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Handler{n} extends HttpServlet {{
    private Connection connection;

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {{
        String id = request.getParameter("id");
        try {{
            Statement statement = connection.createStatement();
            statement.executeQuery("SELECT * FROM items WHERE id = '" + id + "'");
        }} catch (Exception e) {{
            response.sendError(500);
        }}
        response.getWriter().println("done " + {n});
    }}
}}
"""

TEMPLATES = {"py": PY, "js": JS, "go": GO, "java": JAVA}


def generate(out: Path, min_lines: int, seed: int = 7) -> int:
    random.seed(seed)
    out.mkdir(parents=True, exist_ok=True)
    lines = 0
    n = 0
    while lines < min_lines:
        ext = random.choice(list(TEMPLATES))
        text = TEMPLATES[ext].format(n=n)
        name = f"Handler{n}.java" if ext == "java" else f"module_{n}.{ext}"
        path = out / ext / f"pkg{n % 20}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        lines += text.count("\n")
        n += 1
    return lines


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lines", type=int, default=20_000)
    args = parser.parse_args()
    print(f"wrote {generate(args.out, args.lines)} lines under {args.out}")
