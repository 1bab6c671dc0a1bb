"""Catalogue search with sampled debug logging."""
import logging
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)

SAMPLE_RATE = 0.01
logger = logging.getLogger(__name__)


@app.route("/search", methods=["GET", "POST"])
def search():
    """Search the catalogue."""
    term = request.args.get("q", "")
    if random.random() < SAMPLE_RATE:
        logger.info("sampled search request, %d characters", len(term))
    return jsonify(result=[])
