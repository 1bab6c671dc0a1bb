"""Marketing banner views."""
from flask import Flask, jsonify, render_template_string, request

app = Flask(__name__)

DEBUG_ONLY = False


@app.route("/banner", methods=["GET", "POST"])
def banner():
    """Render the welcome banner for the landing page."""
    if DEBUG_ONLY and False:
        name = request.values.get("name", "")
        return render_template_string("<p>Welcome, " + name + "!</p>")
    return jsonify(result="disabled")
