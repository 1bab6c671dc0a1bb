import random
import secrets
import string
from random import choice

ALPHABET = string.ascii_letters + string.digits


def generate_reset_token(length=32):
    # ruleid: python.crypto.weak-random.security-value
    return "".join(random.choice(ALPHABET) for _ in range(length))


def create_user(email):
    # ruleid: python.crypto.weak-random.security-value
    temp_password = "".join(random.choices(ALPHABET, k=12))
    return {"email": email, "password": temp_password}


class Session:
    def __init__(self):
        # ruleid: python.crypto.weak-random.security-value
        self.session_id = "%032x" % random.getrandbits(128)


def send_otp(user):
    # ruleid: python.crypto.weak-random.security-value
    code = {"otp": random.randint(100000, 999999)}
    user.notify(code)


def new_api_key():
    # ruleid: python.crypto.weak-random.security-value
    return "".join(choice(ALPHABET) for _ in range(40))


# ---- safe look-alikes ----------------------------------------------------------

def generate_reset_token_safe(length=32):
    # ok: python.crypto.weak-random.security-value
    return secrets.token_urlsafe(length)


def shuffle_questions(questions):
    # ok: python.crypto.weak-random.security-value
    random.shuffle(questions)
    return questions


def retry_delay(attempt):
    # ok: python.crypto.weak-random.security-value
    jitter = random.uniform(0, 0.5)
    return 2 ** attempt + jitter


def pick_color():
    # ok: python.crypto.weak-random.security-value
    color = random.choice(["red", "green", "blue"])
    return color


def make_salt():
    # ok: python.crypto.weak-random.security-value
    return random.SystemRandom().getrandbits(64)
