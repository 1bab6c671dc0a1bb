# ruleid: terraform.aws.unencrypted.s3-bucket-missing-encryption
resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices"

  tags = {
    DataClass = "confidential"
  }
}

# ruleid: terraform.aws.unencrypted.s3-bucket-missing-encryption
resource "aws_s3_bucket" "exports" {
  bucket_prefix = "acme-exports-"
  force_destroy = true
}

# The encryption resource below belongs to another bucket, not to "scratch".
# ruleid: terraform.aws.unencrypted.s3-bucket-missing-encryption
resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}

# ok: terraform.aws.unencrypted.s3-bucket-missing-encryption
resource "aws_s3_bucket" "payroll" {
  bucket = "acme-payroll"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "payroll" {
  bucket = aws_s3_bucket.payroll.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.payroll.arn
    }
    bucket_key_enabled = true
  }
}

# Encryption resource declared before the bucket, referencing .bucket.
resource "aws_s3_bucket_server_side_encryption_configuration" "audit" {
  bucket = aws_s3_bucket.audit.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# ok: terraform.aws.unencrypted.s3-bucket-missing-encryption
resource "aws_s3_bucket" "audit" {
  bucket = "acme-audit"
}

# Inline configuration (older provider versions).
# ok: terraform.aws.unencrypted.s3-bucket-missing-encryption
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}
