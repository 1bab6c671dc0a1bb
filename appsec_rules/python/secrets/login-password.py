import ftplib
import os
import smtplib

import httpx
import paramiko
import requests
from requests.auth import HTTPBasicAuth


def send_report(body):
    server = smtplib.SMTP_SSL("smtp.example.com", 465)
    # ruleid: python.secrets.hardcoded.login-password
    server.login("reports@example.com", "Rep0rts!Mail")
    server.sendmail("reports@example.com", ["ops@example.com"], body)


def upload(path):
    # ruleid: python.secrets.hardcoded.login-password
    with ftplib.FTP("ftp.partner.com", "acme", "ftp-pass-123") as ftp:
        with open(path, "rb") as fh:
            ftp.storbinary("STOR report.csv", fh)


def deploy(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    # ruleid: python.secrets.hardcoded.login-password
    client.connect(host, username="deploy", password="d3pl0y-Key!")
    return client


def fetch_metrics():
    # ruleid: python.secrets.hardcoded.login-password
    return requests.get("https://metrics.internal/api", auth=HTTPBasicAuth("grafana", "Gr4fana-ro"), timeout=5)


def fetch_status():
    # ruleid: python.secrets.hardcoded.login-password
    return httpx.get("https://status.internal/api", auth=("monitor", "m0nitor-pw"))


# ---- safe look-alikes ----------------------------------------------------------

def send_report_safe(body):
    server = smtplib.SMTP_SSL("smtp.example.com", 465)
    # ok: python.secrets.hardcoded.login-password
    server.login("reports@example.com", os.environ["SMTP_PASSWORD"])
    server.sendmail("reports@example.com", ["ops@example.com"], body)


def deploy_with_key(host):
    client = paramiko.SSHClient()
    # ok: python.secrets.hardcoded.login-password
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return client


def fetch_metrics_env():
    # ok: python.secrets.hardcoded.login-password
    return requests.get("https://metrics.internal/api", auth=("grafana", os.environ["GRAFANA_PASSWORD"]), timeout=5)


def docs_example():
    # ok: python.secrets.hardcoded.login-password
    return requests.get("https://api.example.com", auth=("user", "password"), timeout=5)
