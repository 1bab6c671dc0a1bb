# S3 buckets whose canned ACL exposes objects publicly.

locals {
  assets_bucket = "acme-static-assets"
}

resource "aws_s3_bucket" "legacy_assets" {
  bucket = local.assets_bucket
  # ruleid: terraform.aws.s3-public.bucket-public-acl
  acl    = "private"

  tags = {
    Team = "web"
  }
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-user-uploads"
}

resource "aws_s3_bucket_ownership_controls" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "uploads" {
  depends_on = [aws_s3_bucket_ownership_controls.uploads]
  bucket     = aws_s3_bucket.uploads.id
  # ruleid: terraform.aws.s3-public.bucket-public-acl
  acl        = "private"
}

resource "aws_s3_bucket_acl" "partner_drop" {
  bucket = aws_s3_bucket.uploads.id
  # ruleid: terraform.aws.s3-public.bucket-public-acl
  acl    = "private"
}

# Safe: private canned ACLs.
resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
  # ok: terraform.aws.s3-public.bucket-public-acl
  acl    = "private"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.reports.id
  # ok: terraform.aws.s3-public.bucket-public-acl
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket_acl" "owner_only" {
  bucket = aws_s3_bucket.reports.id
  # ok: terraform.aws.s3-public.bucket-public-acl
  acl    = "bucket-owner-full-control"
}
