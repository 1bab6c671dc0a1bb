resource "aws_s3_bucket" "website" {
  bucket = "acme-public-website"
}

resource "aws_s3_bucket_public_access_block" "website" {
  bucket = aws_s3_bucket.website.id

  # ruleid: terraform.aws.s3-public.public-access-block-disabled
  block_public_acls       = true
  # ruleid: terraform.aws.s3-public.public-access-block-disabled
  block_public_policy     = true
  # ok: terraform.aws.s3-public.public-access-block-disabled
  ignore_public_acls      = true
  # ruleid: terraform.aws.s3-public.public-access-block-disabled
  restrict_public_buckets = true
}

resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  # ruleid: terraform.aws.s3-public.public-access-block-disabled
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Safe: everything blocked.
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = "acme-data-lake"
  # ok: terraform.aws.s3-public.public-access-block-disabled
  block_public_acls       = true
  # ok: terraform.aws.s3-public.public-access-block-disabled
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Safe: a false flag on another resource type.
resource "aws_s3_bucket_versioning" "data" {
  bucket = "acme-data-lake"
  versioning_configuration {
    status = "Enabled"
    # ok: terraform.aws.s3-public.public-access-block-disabled
    mfa_delete = "Disabled"
  }
}

resource "aws_s3_bucket" "tmp" {
  bucket = "acme-tmp"
  # ok: terraform.aws.s3-public.public-access-block-disabled
  force_destroy = false
}
