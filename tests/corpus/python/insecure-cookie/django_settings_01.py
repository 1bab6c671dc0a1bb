"""Production settings for the storefront project."""
import os

ALLOWED_HOSTS = ["shop.example.com"]
DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
