import os

import mysql.connector
import psycopg2
import pymysql
import redis
from ldap3 import Connection, Server


def pg():
    # ruleid: python.secrets.hardcoded.db-password
    return psycopg2.connect(host="db.internal", dbname="orders", user="app", password="S3cr3t!pg-2024")


def mysql_conn():
    # ruleid: python.secrets.hardcoded.db-password
    return pymysql.connect(host="mysql.internal", user="report", passwd="r3p0rt-pass", database="sales")


def cache():
    # ruleid: python.secrets.hardcoded.db-password
    return redis.Redis(host="cache.internal", port=6379, password='9f8e7d6c5b4a')


def directory():
    # ruleid: python.secrets.hardcoded.db-password
    return Connection(Server("ldap://ldap.internal"), user="cn=admin,dc=example,dc=com", password="Adm1nLdap#")


DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        # ruleid: python.secrets.hardcoded.db-password
        "PASSWORD": "shop-db-pass-91",
        "HOST": "db",
    }
}


# ---- safe look-alikes ----------------------------------------------------------

def pg_env():
    # ok: python.secrets.hardcoded.db-password
    return psycopg2.connect(host="db.internal", dbname="orders", user="app", password=os.environ["PGPASSWORD"])


def mysql_local():
    # ok: python.secrets.hardcoded.db-password
    return mysql.connector.connect(host="localhost", user="root", password="")


def pg_placeholder():
    # ok: python.secrets.hardcoded.db-password
    return psycopg2.connect(host="db.internal", user="app", password="changeme")


def cache_template():
    # ok: python.secrets.hardcoded.db-password
    return redis.Redis(host="cache.internal", password="${REDIS_PASSWORD}")


REPLICA = {
    # ok: python.secrets.hardcoded.db-password
    "PASSWORD": os.environ.get("REPLICA_PASSWORD"),
}
