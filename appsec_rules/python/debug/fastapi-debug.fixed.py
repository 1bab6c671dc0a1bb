import os

import uvicorn
from fastapi import FastAPI
from starlette.applications import Starlette

# ruleid: python.debug.debug-mode.fastapi-debug
app = FastAPI(title="orders", debug=False)

# ruleid: python.debug.debug-mode.fastapi-debug
internal = Starlette(debug=False, routes=[])


def main():
    # ruleid: python.debug.debug-mode.fastapi-debug
    uvicorn.run("orders.main:app", host="0.0.0.0", port=8000, debug=False)


# ---- safe look-alikes ----------------------------------------------------------

# ok: python.debug.debug-mode.fastapi-debug
public = FastAPI(title="public")

# ok: python.debug.debug-mode.fastapi-debug
metrics = FastAPI(debug=os.environ.get("APP_DEBUG") == "1")


def serve():
    # ok: python.debug.debug-mode.fastapi-debug
    uvicorn.run("orders.main:app", host="0.0.0.0", port=8000, reload=False)
