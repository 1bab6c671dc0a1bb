# ruleid: terraform.aws.unencrypted.efs-unencrypted
resource "aws_efs_file_system" "shared" {
  creation_token   = "shared-home"
  performance_mode = "generalPurpose"

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }
}

resource "aws_efs_file_system" "media" {
  creation_token = "media"
  # ruleid: terraform.aws.unencrypted.efs-unencrypted
  encrypted      = false
}

# ruleid: terraform.aws.unencrypted.efs-unencrypted
resource "aws_efs_file_system" "ci_cache" {
  throughput_mode = "elastic"
  tags = {
    Name = "ci-cache"
  }
}

# ok: terraform.aws.unencrypted.efs-unencrypted
resource "aws_efs_file_system" "secure" {
  creation_token = "secure"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}

resource "aws_efs_file_system" "builds" {
  creation_token = "builds"
  # ok: terraform.aws.unencrypted.efs-unencrypted
  encrypted      = true
}

# Safe: mount targets and access points carry no encryption setting of their own.
# ok: terraform.aws.unencrypted.efs-unencrypted
resource "aws_efs_mount_target" "secure_a" {
  file_system_id  = aws_efs_file_system.secure.id
  subnet_id       = var.private_subnet_a
  security_groups = [aws_security_group.efs.id]
}
