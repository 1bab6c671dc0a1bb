# ruleid: terraform.aws.unencrypted.kms-key-rotation-disabled
resource "aws_kms_key" "app" {
  description             = "Application data key"
  deletion_window_in_days = 30
}

resource "aws_kms_key" "rds" {
  description = "RDS storage key"
  # ruleid: terraform.aws.unencrypted.kms-key-rotation-disabled
  enable_key_rotation = false
}

# ruleid: terraform.aws.unencrypted.kms-key-rotation-disabled
resource "aws_kms_key" "logs" {
  description              = "Log archive key"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  policy                   = data.aws_iam_policy_document.kms_logs.json
}

# Safe: rotation on.
# ok: terraform.aws.unencrypted.kms-key-rotation-disabled
resource "aws_kms_key" "s3" {
  description             = "S3 bucket key"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

# Safe: asymmetric signing keys cannot be rotated automatically.
# ok: terraform.aws.unencrypted.kms-key-rotation-disabled
resource "aws_kms_key" "signing" {
  description              = "Release signing key"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "hmac" {
  description              = "Webhook HMAC key"
  key_usage                = "GENERATE_VERIFY_MAC"
  customer_master_key_spec = "HMAC_256"
  # ok: terraform.aws.unencrypted.kms-key-rotation-disabled
  enable_key_rotation      = false
}
