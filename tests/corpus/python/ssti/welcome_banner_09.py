"""Marketing banner views."""
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/banner", methods=["GET", "POST"])
def banner():
    """Render the welcome banner for the landing page."""
    name = "Guest"
    override = (request.get_json(silent=True) or {}).get("name", "")
    if override:
        name = override
    return render_template_string("<p>Welcome, " + name + "!</p>")
