resource "aws_s3_bucket" "media" {
  bucket = "acme-media"
}

# Only ACLs are blocked; bucket policies may still make the bucket public.
# ruleid: terraform.aws.s3-public.public-access-block-incomplete
resource "aws_s3_bucket_public_access_block" "media" {
  bucket            = aws_s3_bucket.media.id
  block_public_acls = true
}

# Two of four settings omitted.
# ruleid: terraform.aws.s3-public.public-access-block-incomplete
resource "aws_s3_bucket_public_access_block" "exports" {
  bucket              = "acme-exports"
  block_public_acls   = true
  block_public_policy = true
}

# Account-level block with no settings at all.
# ruleid: terraform.aws.s3-public.public-access-block-incomplete
resource "aws_s3_account_public_access_block" "this" {
}

# Safe: all four set to true (attribute order does not matter).
# ok: terraform.aws.s3-public.public-access-block-incomplete
resource "aws_s3_bucket_public_access_block" "archive" {
  bucket                  = "acme-archive"
  restrict_public_buckets = true
  ignore_public_acls      = true
  block_public_policy     = true
  block_public_acls       = true
}

# Safe: driven by variables (the values are checked where they are defined).
# ok: terraform.aws.s3-public.public-access-block-incomplete
resource "aws_s3_account_public_access_block" "org" {
  block_public_acls       = var.block_public
  block_public_policy     = var.block_public
  ignore_public_acls      = var.block_public
  restrict_public_buckets = var.block_public
}

# Not reported here: explicit false values are the job of public-access-block-disabled.
# ok: terraform.aws.s3-public.public-access-block-incomplete
resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket            = "acme-legacy"
  block_public_acls = false
}
