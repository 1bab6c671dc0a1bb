import os

from celery import Celery
from flask import Flask
from pymongo import MongoClient
from sqlalchemy import create_engine

import psycopg2
import redis

app = Flask(__name__)

# ruleid: python.secrets.hardcoded.connection-url
engine = create_engine("postgresql+psycopg2://app:Pg-Pass-7781@db.internal:5432/orders")

# ruleid: python.secrets.hardcoded.connection-url
mongo = MongoClient("mongodb://admin:m0ng0-r00t@mongo.internal:27017/?authSource=admin")

# ruleid: python.secrets.hardcoded.connection-url
celery_app = Celery("tasks", broker="amqp://worker:rabbit-pw-22@mq.internal:5672//")

# ruleid: python.secrets.hardcoded.connection-url
app.config["SQLALCHEMY_DATABASE_URI"] = "mysql://svc:Svc_Pa55@mysql.internal/app"


def legacy():
    # ruleid: python.secrets.hardcoded.connection-url
    return psycopg2.connect("host=db.internal dbname=legacy user=etl password=etl-2019-pw")


# ---- safe look-alikes ----------------------------------------------------------

# ok: python.secrets.hardcoded.connection-url
engine_env = create_engine(os.environ["DATABASE_URL"])

# ok: python.secrets.hardcoded.connection-url
local_cache = redis.from_url("redis://localhost:6379/0")

# ok: python.secrets.hardcoded.connection-url
templated = create_engine("postgresql://app:${DB_PASSWORD}@db.internal/orders")

# ok: python.secrets.hardcoded.connection-url
dev_engine = create_engine("sqlite:///dev.db")


def legacy_env():
    # ok: python.secrets.hardcoded.connection-url
    return psycopg2.connect("host=db.internal dbname=legacy user=etl")
