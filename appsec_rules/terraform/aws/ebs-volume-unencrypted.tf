resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 200
  type              = "gp3"
  # ruleid: terraform.aws.unencrypted.ebs-volume-unencrypted
  encrypted         = false
}

# ruleid: terraform.aws.unencrypted.ebs-volume-unencrypted
resource "aws_ebs_volume" "scratch" {
  availability_zone = var.az
  size              = 50
}

# ruleid: terraform.aws.unencrypted.ebs-volume-unencrypted
resource "aws_ebs_volume" "restored" {
  availability_zone = var.az
  snapshot_id       = var.snapshot_id
  tags = {
    Name = "restored-db-volume"
  }
}

# Safe: encrypted with a customer-managed key.
# ok: terraform.aws.unencrypted.ebs-volume-unencrypted
resource "aws_ebs_volume" "db" {
  availability_zone = "eu-west-1a"
  size              = 500
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

# Safe: encrypted with the AWS-managed key.
resource "aws_ebs_volume" "logs" {
  availability_zone = "eu-west-1b"
  size              = 20
  # ok: terraform.aws.unencrypted.ebs-volume-unencrypted
  encrypted         = true
}

# Safe: another resource's encrypted = false is not an EBS volume.
resource "aws_instance" "bastion" {
  ami           = var.ami_id
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
  # ok: terraform.aws.unencrypted.ebs-volume-unencrypted
  monitoring = false
}
