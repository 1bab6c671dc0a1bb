"""Pricing calculator API."""
from fastapi import FastAPI, Request

app = FastAPI()


def default_expression():
    """Return the configured default expression."""
    return "2 * 21"


@app.get("/tools/calc")
async def calculate(request: Request):
    """Evaluate an arithmetic expression for the pricing calculator."""
    expression = default_expression()
    value = eval(expression)
    return {"result": str(value)}
