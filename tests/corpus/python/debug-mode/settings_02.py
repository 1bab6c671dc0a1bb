"""Settings for the production deployment of the storefront."""
import os

ALLOWED_HOSTS = ["shop.example.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
TIME_ZONE = "UTC"
