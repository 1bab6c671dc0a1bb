"""Landing page views."""
import configparser

from flask import Flask, make_response

app = Flask(__name__)

SERVICE_CONFIG = configparser.ConfigParser()
SERVICE_CONFIG.read("/etc/app/service.ini")


@app.route("/greet", methods=["GET", "POST"])
def greet():
    """Render a personalised greeting."""
    name = SERVICE_CONFIG.get("defaults", "name", fallback="Visitor")
    return make_response("<h1>Hello, " + name + "!</h1>")
