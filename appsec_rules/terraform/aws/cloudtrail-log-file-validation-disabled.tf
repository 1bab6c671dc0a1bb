# ruleid: terraform.aws.cloudtrail.log-file-validation-disabled
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "acme-audit-trail"
  is_multi_region_trail      = true
  # ruleid: terraform.aws.cloudtrail.log-file-validation-disabled
  enable_log_file_validation = false
}

# ruleid: terraform.aws.cloudtrail.log-file-validation-disabled
resource "aws_cloudtrail" "org" {
  name                  = "org"
  s3_bucket_name        = "acme-org-trail"
  is_multi_region_trail = true
  is_organization_trail = true
  kms_key_id            = aws_kms_key.trail.arn
}

# ok: terraform.aws.cloudtrail.log-file-validation-disabled
resource "aws_cloudtrail" "secure" {
  name                       = "secure"
  s3_bucket_name             = "acme-secure-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "secure2" {
  name                  = "secure2"
  s3_bucket_name        = "acme-secure-trail"
  is_multi_region_trail = true
  # ok: terraform.aws.cloudtrail.log-file-validation-disabled
  enable_log_file_validation = true
}

# Safe: S3 bucket for the trail, not a trail.
# ok: terraform.aws.cloudtrail.log-file-validation-disabled
resource "aws_s3_bucket" "trail" {
  bucket = "acme-trail-logs"
}
