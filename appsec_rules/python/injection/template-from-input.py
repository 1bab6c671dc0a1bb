import jinja2
from django.http import HttpResponse
from django.template import Context, Template
from fastapi import FastAPI
from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

app = Flask(__name__)
api = FastAPI()
env = jinja2.Environment(autoescape=True)


@app.route("/render", methods=["POST"])
def render():
    source = request.form["template"]
    # ruleid: python.injection.ssti.template-from-input
    return jinja2.Template(source).render(user="bob")


@app.route("/greet")
def greet():
    # ruleid: python.injection.ssti.template-from-input
    tpl = env.from_string("Hi " + request.args["name"] + "!")
    return tpl.render()


def django_banner(request):
    text = request.GET.get("banner", "")
    # ruleid: python.injection.ssti.template-from-input
    t = Template("<div class='banner'>%s</div>" % text)
    return HttpResponse(t.render(Context({})))


@api.post("/invoice")
def invoice(footer: str):
    # ruleid: python.injection.ssti.template-from-input
    return {"html": MakoTemplate(f"<p>${{total}}</p><footer>{footer}</footer>").render(total=10)}


# ---- safe look-alikes ----------------------------------------------------------

@app.route("/greet/safe")
def greet_safe():
    # ok: python.injection.ssti.template-from-input
    tpl = env.from_string("Hi {{ name }}!")
    return tpl.render(name=request.args["name"])


@app.route("/sandbox", methods=["POST"])
def sandbox():
    sandbox_env = SandboxedEnvironment()
    # ok: python.injection.ssti.template-from-input
    tpl = sandbox_env.from_string(request.form["template"])
    return tpl.render(user="bob")


def django_banner_safe(request):
    # ok: python.injection.ssti.template-from-input
    t = Template("<div class='banner'>{{ text }}</div>")
    return HttpResponse(t.render(Context({"text": request.GET.get("banner", "")})))
