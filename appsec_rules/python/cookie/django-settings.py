"""Django settings for the shop project (production)."""
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["shop.example.com"]

# ruleid: python.cookie.insecure-cookie.django-settings
SESSION_COOKIE_SECURE = False
# ruleid: python.cookie.insecure-cookie.django-settings
CSRF_COOKIE_SECURE = False
# ruleid: python.cookie.insecure-cookie.django-settings
SESSION_COOKIE_HTTPONLY = False
# ruleid: python.cookie.insecure-cookie.django-settings
SESSION_COOKIE_SAMESITE = None

# ruleid: python.cookie.insecure-cookie.django-settings
CSRF_COOKIE_SECURE = os.environ.get("CSRF_SECURE", "0") == "1"

# ok: python.cookie.insecure-cookie.django-settings
CSRF_COOKIE_SAMESITE = "Strict"
# ok: python.cookie.insecure-cookie.django-settings
LANGUAGE_COOKIE_SECURE = True
# ok: python.cookie.insecure-cookie.django-settings
LANGUAGE_COOKIE_HTTPONLY = True
# ok: python.cookie.insecure-cookie.django-settings
SESSION_COOKIE_AGE = 3600


def is_secure_deploy():
    # ok: python.cookie.insecure-cookie.django-settings
    SESSION_COOKIE_SECURE = False
    return SESSION_COOKIE_SECURE
