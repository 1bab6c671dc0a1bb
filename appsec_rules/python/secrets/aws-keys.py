import os

import boto3
from botocore.session import get_session


def s3():
    # ruleid: python.secrets.hardcoded.aws-keys
    return boto3.client("s3", aws_access_key_id="AKIAIOSFODNN7EXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY")


def session():
    # ruleid: python.secrets.hardcoded.aws-keys
    return boto3.Session(aws_access_key_id="AKIAI44QH8DHBEXAMPLE", aws_secret_access_key='je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', region_name="eu-west-1")


def sts_client():
    # ruleid: python.secrets.hardcoded.aws-keys
    return get_session().create_client("sts", aws_access_key_id="ASIAEXAMPLE", aws_secret_access_key=os.environ["AWS_SECRET"], aws_session_token="FwoGZXIvYXdzEBYaDExampleSessionToken")


# ---- safe look-alikes ----------------------------------------------------------

def s3_default_chain():
    # ok: python.secrets.hardcoded.aws-keys
    return boto3.client("s3", region_name="eu-west-1")


def s3_env():
    # ok: python.secrets.hardcoded.aws-keys
    return boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])


def s3_placeholder():
    # ok: python.secrets.hardcoded.aws-keys
    return boto3.client("s3", aws_access_key_id="<access-key>", aws_secret_access_key="<secret-key>")
