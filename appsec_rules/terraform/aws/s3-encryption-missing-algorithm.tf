resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = "acme-reports"

  # ruleid: terraform.aws.unencrypted.s3-encryption-missing-algorithm
  rule {
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "media" {
  bucket = aws_s3_bucket.media.id
  # ruleid: terraform.aws.unencrypted.s3-encryption-missing-algorithm
  rule {
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"

  server_side_encryption_configuration {
    # ruleid: terraform.aws.unencrypted.s3-encryption-missing-algorithm
    rule {
      bucket_key_enabled = false
    }
  }

  lifecycle_rule {
    id      = "expire"
    enabled = true
    expiration {
      days = 30
    }
  }
}

# Safe: algorithm chosen.
resource "aws_s3_bucket_server_side_encryption_configuration" "kms" {
  bucket = "acme-kms"
  # ok: terraform.aws.unencrypted.s3-encryption-missing-algorithm
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "legacy_ok" {
  bucket = "acme-legacy-ok"
  server_side_encryption_configuration {
    # ok: terraform.aws.unencrypted.s3-encryption-missing-algorithm
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

# Safe: a lifecycle rule is not an encryption rule.
resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "acme-logs"
  # ok: terraform.aws.unencrypted.s3-encryption-missing-algorithm
  rule {
    id     = "expire-old"
    status = "Enabled"
    expiration {
      days = 90
    }
  }
}
