"""Client state persistence endpoints."""
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/session/restore")
async def restore_state(request: Request):
    """Restore saved UI state sent back by the client."""
    state = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="
    state = pickle.loads(base64.b64decode(state))
    return {"result": repr(state)}
