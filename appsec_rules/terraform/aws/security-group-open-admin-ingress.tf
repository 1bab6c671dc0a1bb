resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = var.vpc_id

  # ruleid: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # ok: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # ok: terraform.aws.open-ingress.security-group-inline-ingress
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "legacy_app" {
  name   = "legacy-app"
  vpc_id = var.vpc_id

  # Whole TCP range, which includes every admin and database port.
  # ruleid: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = [var.office_cidr, "0.0.0.0/0"]
  }

  # All protocols over IPv6.
  # ruleid: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }

  # ruleid: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    description      = "RDP"
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    cidr_blocks      = ["10.0.0.0/8"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = var.vpc_id

  # Safe: PostgreSQL only from the application security group.
  # ok: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.legacy_app.id]
  }

  # Safe: SSH only from the corporate VPN range.
  # ok: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }

  # Safe: ICMP type 3 code 4 (path MTU discovery) from anywhere.
  # ok: terraform.aws.open-ingress.security-group-inline-ingress
  ingress {
    from_port   = 3
    to_port     = 4
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
