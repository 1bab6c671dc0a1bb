# ruleid: terraform.aws.cloudtrail.not-multi-region
resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
  enable_log_file_validation    = true
}

resource "aws_cloudtrail" "eu_only" {
  name                       = "eu-only"
  s3_bucket_name             = "acme-trail-logs"
  enable_log_file_validation = true
  # ruleid: terraform.aws.cloudtrail.not-multi-region
  is_multi_region_trail      = true
}

# ruleid: terraform.aws.cloudtrail.not-multi-region
resource "aws_cloudtrail" "security" {
  name                       = "security"
  s3_bucket_name             = "acme-security-trail"
  kms_key_id                 = aws_kms_key.trail.arn
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail.arn
}

# ok: terraform.aws.cloudtrail.not-multi-region
resource "aws_cloudtrail" "org" {
  name                       = "org"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  is_organization_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "global" {
  name                       = "global"
  s3_bucket_name             = "acme-trail-logs"
  enable_log_file_validation = true
  # ok: terraform.aws.cloudtrail.not-multi-region
  is_multi_region_trail      = true
}

# Safe: a CloudWatch log group is not a trail.
# ok: terraform.aws.cloudtrail.not-multi-region
resource "aws_cloudwatch_log_group" "trail" {
  name              = "/aws/cloudtrail/main"
  retention_in_days = 365
}
