resource "aws_cloudtrail" "org" {
  name                          = "org-trail"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  # ruleid: terraform.aws.cloudtrail.logging-disabled
  enable_logging                = false
}

resource "aws_cloudtrail" "data_events" {
  name           = "data-events"
  s3_bucket_name = "acme-trail-logs"
  # ruleid: terraform.aws.cloudtrail.logging-disabled
  enable_logging = false

  event_selector {
    read_write_type           = "All"
    include_management_events = false
  }
}

resource "aws_cloudtrail" "paused" {
  name                       = "paused"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  # ruleid: terraform.aws.cloudtrail.logging-disabled
  enable_logging             = false
}

# Safe: logging on (explicitly or by default).
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  # ok: terraform.aws.cloudtrail.logging-disabled
  enable_logging             = true
}

# ok: terraform.aws.cloudtrail.logging-disabled
resource "aws_cloudtrail" "default_on" {
  name                       = "default-on"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# Safe: a different boolean in the trail's event selector.
resource "aws_cloudtrail" "selectors" {
  name                       = "selectors"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  event_selector {
    # ok: terraform.aws.cloudtrail.logging-disabled
    include_management_events = false
  }
}
