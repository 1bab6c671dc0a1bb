"""Production settings for the billing service."""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ruleid: python.debug.debug-mode.django-settings
DEBUG = True

ALLOWED_HOSTS = ["billing.example.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# ruleid: python.debug.debug-mode.django-settings
DEBUG = os.environ.get("DJANGO_DEBUG", "1") == "1"

# ruleid: python.debug.debug-mode.django-settings
DEBUG = os.getenv("DJANGO_DEBUG", "true").lower() == "true"

# ok: python.debug.debug-mode.django-settings
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

if os.environ.get("CI"):
    # ok: python.debug.debug-mode.django-settings
    DEBUG = True


def debug_enabled():
    # ok: python.debug.debug-mode.django-settings
    DEBUG = True
    return DEBUG


# ok: python.debug.debug-mode.django-settings
TEMPLATE_DEBUG = False
# ok: python.debug.debug-mode.django-settings
DEBUG_PROPAGATE_EXCEPTIONS = False
