"""Network diagnostics endpoints for the ops dashboard."""
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/diagnostics/ping")
async def ping_host(request: Request):
    """Run a reachability check against a host."""
    mode = request.query_params.get("mode", "")
    host = "cache.internal" if mode == "archive" else "localhost"
    proc = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True, timeout=10)
    return {"result": proc.stdout}
