"""Configuration for the inventory demo service.

Values are read from the environment where possible; the export credentials below
were pasted in "temporarily" for the nightly S3 export job.
"""
import os


class Config:
    """Flask configuration object."""

    SECRET_KEY = os.environ.get("INVENTORY_SECRET_KEY")
    DATABASE = os.environ.get("INVENTORY_DB", "/var/lib/inventory/inventory.db")
    REPORT_DIR = "/srv/inventory/reports"
    STATUS_ENDPOINTS = {
        "billing": "https://billing.internal.example.com/health",
        "search": "https://search.internal.example.com/health",
    }


# Credentials for the nightly S3 export (see export_job.py).
AWS_ACCESS_KEY_ID = "AKIA8O13KTA9NQQM38ET"
AWS_SECRET_ACCESS_KEY = "tT1H2GHPM+ASM/F3NZkrwEbYLe8bZGmBIfXgx0H3"
AWS_REGION = "eu-west-1"
