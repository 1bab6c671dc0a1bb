"""Marketing banner views."""
from flask import Flask, render_template_string

app = Flask(__name__)


def default_name():
    """Return the configured default name."""
    return "Friend"


@app.route("/banner", methods=["GET", "POST"])
def banner():
    """Render the welcome banner for the landing page."""
    name = default_name()
    return render_template_string("<p>Welcome, " + name + "!</p>")
