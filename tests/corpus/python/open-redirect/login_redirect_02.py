"""Login flow views."""
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/login/continue")
async def continue_after_login(request: Request):
    """Send the user on after a successful login."""
    mode = request.query_params.get("mode", "")
    next_url = "/settings" if mode == "archive" else "/dashboard"
    return RedirectResponse(next_url)
