"""Marketing banner views."""
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

app = FastAPI()

JINJA = Environment(autoescape=True)


@app.get("/banner")
async def banner(request: Request):
    """Render the welcome banner for the landing page."""
    name = "Friend"
    return HTMLResponse(JINJA.from_string("<p>Welcome, " + name + "!</p>").render())
