# ruleid: terraform.aws.open-ingress.security-group-rule-ingress
resource "aws_security_group_rule" "ssh_world" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.app.id
}

# ruleid: terraform.aws.open-ingress.security-group-rule-ingress
resource "aws_security_group_rule" "mongo_v6" {
  type              = "ingress"
  from_port         = 27000
  to_port           = 27100
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.app.id
}

# ruleid: terraform.aws.open-ingress.security-group-rule-ingress
resource "aws_security_group_rule" "everything" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "all"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.app.id
}

# Safe: public HTTPS.
# ok: terraform.aws.open-ingress.security-group-rule-ingress
resource "aws_security_group_rule" "https" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.app.id
}

# Safe: egress to anywhere is not ingress.
# ok: terraform.aws.open-ingress.security-group-rule-ingress
resource "aws_security_group_rule" "all_out" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.app.id
}

# Safe: MySQL from another security group.
# ok: terraform.aws.open-ingress.security-group-rule-ingress
resource "aws_security_group_rule" "mysql_from_app" {
  type                     = "ingress"
  from_port                = 3306
  to_port                  = 3306
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.app.id
  security_group_id        = aws_security_group.db.id
}
