import os
import shutil

from flask import Flask, abort, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
PROJECTS = "/srv/projects"
TEMPLATES = {"basic": "/srv/templates/basic", "blog": "/srv/templates/blog"}


@app.route("/project/delete", methods=["POST"])
def delete_project():
    project = request.form["project"]
    # ruleid: python.path.traversal.shutil-ops
    shutil.rmtree(os.path.join(PROJECTS, project))
    return "deleted"


@app.route("/project/copy", methods=["POST"])
def copy_project():
    body = request.get_json()
    src = os.path.join(PROJECTS, secure_filename(body["src"]))
    # ruleid: python.path.traversal.shutil-ops
    shutil.copytree(src, PROJECTS + "/" + body["dest"])
    return "copied"


def extract_dir(name):
    return "/srv/imports/%s" % name


@app.route("/import", methods=["POST"])
def import_archive():
    upload = os.path.join("/tmp", secure_filename(request.files["zip"].filename))
    request.files["zip"].save(upload)
    # ruleid: python.path.traversal.shutil-ops
    shutil.unpack_archive(upload, extract_dir(request.form["target"]))
    return "imported"


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/project/delete/safe", methods=["POST"])
def delete_project_safe():
    project = secure_filename(request.form["project"])
    # ok: python.path.traversal.shutil-ops
    shutil.rmtree(os.path.join(PROJECTS, project))
    return "deleted"


@app.route("/project/new", methods=["POST"])
def new_project():
    template = TEMPLATES.get(request.form["template"], TEMPLATES["basic"])
    dest = os.path.join(PROJECTS, secure_filename(request.form["name"]))
    # ok: python.path.traversal.shutil-ops
    shutil.copytree(template, dest)
    return "created"


@app.route("/project/move", methods=["POST"])
def move_project():
    dest = os.path.realpath(os.path.join(PROJECTS, request.form["dest"]))
    if not dest.startswith(PROJECTS + os.sep):
        abort(400)
    # ok: python.path.traversal.shutil-ops
    shutil.move("/srv/incoming/current", dest)
    return "moved"
