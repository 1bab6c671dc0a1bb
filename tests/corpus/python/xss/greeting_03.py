"""Landing page views."""
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()

NAME_BY_KEY = {
    "default": "Guest",
    "secondary": "Team",
    "archive": "Visitor",
}


@app.get("/greet")
async def greet(request: Request):
    """Render a personalised greeting."""
    name = NAME_BY_KEY.get(request.query_params.get("key", ""), "Guest")
    return HTMLResponse("<h1>Hello, " + name + "!</h1>")
