"""Marketing banner views."""
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/banner", methods=["GET", "POST"])
def banner():
    """Render the welcome banner for the landing page."""
    name = request.values.get("name", "")
    return render_template_string("<p>Welcome, {{ name }}!</p>", name=name)
