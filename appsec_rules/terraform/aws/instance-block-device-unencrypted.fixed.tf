resource "aws_instance" "api" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.large"

  # ruleid: terraform.aws.unencrypted.instance-block-device-unencrypted
  root_block_device {
    volume_size = 40
    volume_type = "gp3"
  }

  # ruleid: terraform.aws.unencrypted.instance-block-device-unencrypted
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = true
  }
}

resource "aws_launch_configuration" "workers" {
  image_id      = var.worker_ami
  instance_type = "m5.large"

  # ruleid: terraform.aws.unencrypted.instance-block-device-unencrypted
  root_block_device {
    volume_size           = 60
    delete_on_termination = true
  }
}

resource "aws_instance" "db" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "r6i.large"

  # ok: terraform.aws.unencrypted.instance-block-device-unencrypted
  root_block_device {
    volume_size = 50
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }

  # ok: terraform.aws.unencrypted.instance-block-device-unencrypted
  ebs_block_device {
    device_name = "/dev/sdg"
    volume_size = 500
    encrypted   = true
  }

  # Restored from a snapshot: encryption follows the snapshot.
  # ok: terraform.aws.unencrypted.instance-block-device-unencrypted
  ebs_block_device {
    device_name = "/dev/sdh"
    snapshot_id = var.seed_snapshot_id
  }
}

# Safe: the same block name in a resource that is not an instance (ephemeral storage).
resource "aws_instance" "cache" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "i3.large"

  # ok: terraform.aws.unencrypted.instance-block-device-unencrypted
  ephemeral_block_device {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}
