import aiohttp
import httpx
from fastapi import FastAPI, Request

app = FastAPI()
TRUSTED_HOSTS = {"hooks.slack.com"}


def is_trusted_url(url: str) -> bool:
    return httpx.URL(url).host in TRUSTED_HOSTS


@app.get("/unfurl")
async def unfurl(link: str):
    async with aiohttp.ClientSession() as session:
        # ruleid: python.ssrf.http-client.async-client
        async with session.get(link) as resp:
            return {"status": resp.status}


def callback_url(base, job_id):
    return base.rstrip("/") + "/jobs/" + str(job_id)


@app.post("/jobs")
async def create_job(request: Request):
    payload = await request.json()
    url = callback_url(payload["callback"], 42)
    async with httpx.AsyncClient() as client:
        # ruleid: python.ssrf.http-client.async-client
        await client.post(url, json={"done": True})
    return {"id": 42}


@app.get("/check")
async def check(target: str):
    # ruleid: python.ssrf.http-client.async-client
    async with aiohttp.request("HEAD", f"{target}/healthz") as resp:
        return {"up": resp.status == 200}


# ---- safe look-alikes ----------------------------------------------------------

@app.get("/repo/{owner}/{name}")
async def repo(owner: str, name: str):
    async with aiohttp.ClientSession() as session:
        # ok: python.ssrf.http-client.async-client
        async with session.get(f"https://api.github.com/repos/{owner}/{name}") as resp:
            return await resp.json()


@app.post("/notify")
async def notify(hook: str):
    if not is_trusted_url(hook):
        return {"error": "untrusted"}
    async with httpx.AsyncClient() as client:
        # ok: python.ssrf.http-client.async-client
        await client.post(hook, json={"text": "deploy done"})
    return {"ok": True}


@app.get("/geo")
async def geo(ip: str):
    async with httpx.AsyncClient(base_url="https://geo.example.com") as client:
        # ok: python.ssrf.http-client.async-client
        resp = await client.get("/lookup", params={"ip": ip})
        return resp.json()
