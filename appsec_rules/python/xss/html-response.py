import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/hello")
async def hello(name: str = "world"):
    # ruleid: python.xss.fastapi.html-response
    return HTMLResponse(f"<h1>Hello {name}</h1>")


def card(title, body):
    return "<div class='card'><h2>%s</h2><p>%s</p></div>" % (title, body)


@app.get("/card", response_class=HTMLResponse)
async def show_card(request: Request):
    params = request.query_params
    page = card(params["title"], params["body"])
    # ruleid: python.xss.fastapi.html-response
    return page


@app.post("/preview")
async def preview(request: Request):
    form = await request.form()
    # ruleid: python.xss.fastapi.html-response
    return Response(content="<article>" + form["text"] + "</article>", media_type="text/html")


# ---- safe look-alikes ----------------------------------------------------------

@app.get("/hello/safe")
async def hello_safe(name: str = "world"):
    # ok: python.xss.fastapi.html-response
    return HTMLResponse(f"<h1>Hello {html.escape(name)}</h1>")


@app.get("/hello/template", response_class=HTMLResponse)
async def hello_template(request: Request, name: str = "world"):
    # ok: python.xss.fastapi.html-response
    return templates.TemplateResponse(request, "hello.html", {"name": name})


@app.get("/hello/json")
async def hello_json(name: str = "world"):
    # ok: python.xss.fastapi.html-response
    return {"greeting": f"Hello {name}"}


@app.get("/hello/text")
async def hello_text(name: str = "world"):
    # ok: python.xss.fastapi.html-response
    return Response(content=f"Hello {name}", media_type="text/plain")
