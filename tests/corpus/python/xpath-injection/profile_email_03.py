"""Legacy XML profile store API."""
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()

PROFILES = etree.parse("/srv/app/data/profiles.xml")
USERNAME_BY_KEY = {
    "default": "alice",
    "secondary": "bob",
    "archive": "carol",
}


@app.get("/profiles/email")
async def profile_email(request: Request):
    """Return the e-mail address stored in the XML profile store."""
    username = USERNAME_BY_KEY.get(request.query_params.get("key", ""), "alice")
    emails = PROFILES.xpath("//user[@name='" + username + "']/email/text()")
    return {"result": [str(e) for e in emails]}
