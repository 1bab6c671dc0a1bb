resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = var.web_ami
  instance_type = "t3.medium"

  block_device_mappings {
    device_name = "/dev/xvda"
    # ruleid: terraform.aws.unencrypted.launch-template-ebs-unencrypted
    ebs {
      volume_size = 30
      volume_type = "gp3"
    }
  }

  block_device_mappings {
    device_name = "/dev/xvdb"
    # ruleid: terraform.aws.unencrypted.launch-template-ebs-unencrypted
    ebs {
      volume_size = 200
      encrypted   = "false"
    }
  }
}

resource "aws_launch_template" "batch" {
  name_prefix = "batch-"
  image_id    = var.batch_ami

  block_device_mappings {
    device_name = "/dev/sda1"
    # ruleid: terraform.aws.unencrypted.launch-template-ebs-unencrypted
    ebs {
      volume_size           = 100
      delete_on_termination = true
      encrypted             = false
    }
  }
}

resource "aws_launch_template" "secure" {
  name_prefix = "secure-"
  image_id    = var.web_ami

  block_device_mappings {
    device_name = "/dev/xvda"
    # ok: terraform.aws.unencrypted.launch-template-ebs-unencrypted
    ebs {
      volume_size = 30
      encrypted   = true
      kms_key_id  = aws_kms_key.ebs.arn
    }
  }

  block_device_mappings {
    device_name = "/dev/xvdb"
    # ok: terraform.aws.unencrypted.launch-template-ebs-unencrypted
    ebs {
      volume_size = 50
      encrypted   = "true"
    }
  }

  block_device_mappings {
    device_name = "/dev/xvdc"
    # Restored from a snapshot: encryption follows the snapshot.
    # ok: terraform.aws.unencrypted.launch-template-ebs-unencrypted
    ebs {
      snapshot_id = var.golden_snapshot
    }
  }
}
