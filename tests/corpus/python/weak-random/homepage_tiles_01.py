"""Homepage content endpoint."""
import random

from flask import Flask, jsonify

app = Flask(__name__)

TILES = ["news", "offers", "events", "blog", "support"]


@app.route("/home/tiles", methods=["GET", "POST"])
def homepage():
    """Return homepage tiles in a varied order."""
    tiles = list(TILES)
    random.shuffle(tiles)
    return jsonify(result=tiles)
