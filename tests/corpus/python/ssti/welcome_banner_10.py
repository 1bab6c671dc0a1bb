"""Marketing banner views."""
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()

ALLOWED_NAMES = frozenset({"Guest", "Friend", "Visitor"})
JINJA = Environment(autoescape=True)


@app.get("/banner")
async def banner(request: Request):
    """Render the welcome banner for the landing page."""
    name = request.query_params.get("name", "")
    if name not in ALLOWED_NAMES:
        raise HTTPException(status_code=400, detail="invalid parameter")
    return HTMLResponse(JINJA.from_string("<p>Welcome, " + name + "!</p>").render())
