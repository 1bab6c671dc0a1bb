from urllib.parse import urlparse

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED_HOSTS = {"example.com", "www.example.com"}


def is_allowed_url(url: str) -> bool:
    host = urlparse(url).hostname
    return host is None or host in ALLOWED_HOSTS


@app.get("/logout")
async def logout(return_to: str = "/"):
    # ruleid: python.redirect.open-redirect.fastapi-redirect
    return RedirectResponse(return_to)


@app.get("/sso/callback")
async def sso_callback(request: Request):
    state = request.query_params.get("state")
    # ruleid: python.redirect.open-redirect.fastapi-redirect
    return RedirectResponse(url=state, status_code=303)


def with_token(url, token):
    return f"{url}#token={token}"


@app.post("/share")
async def share(request: Request):
    body = await request.json()
    target = with_token(body["target"], "abc")
    # ruleid: python.redirect.open-redirect.fastapi-redirect
    return RedirectResponse(target)


# ---- safe look-alikes ----------------------------------------------------------

@app.get("/logout/safe")
async def logout_safe(return_to: str = "/"):
    if not is_allowed_url(return_to):
        return_to = "/"
    # ok: python.redirect.open-redirect.fastapi-redirect
    return RedirectResponse(return_to)


@app.get("/items/{item_id}/view")
async def view(request: Request, item_id: int):
    # ok: python.redirect.open-redirect.fastapi-redirect
    return RedirectResponse(request.url_for("read_item", item_id=item_id))


@app.get("/docs-page")
async def docs_page(page: str):
    # ok: python.redirect.open-redirect.fastapi-redirect
    return RedirectResponse(f"/docs/{page}")
