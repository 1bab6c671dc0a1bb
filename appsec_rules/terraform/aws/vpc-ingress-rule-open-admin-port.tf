# ruleid: terraform.aws.open-ingress.vpc-security-group-ingress-rule
resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}

# ruleid: terraform.aws.open-ingress.vpc-security-group-ingress-rule
resource "aws_vpc_security_group_ingress_rule" "all_v6" {
  security_group_id = aws_security_group.app.id
  cidr_ipv6         = "::/0"
  ip_protocol       = "-1"
}

# ruleid: terraform.aws.open-ingress.vpc-security-group-ingress-rule
resource "aws_vpc_security_group_ingress_rule" "redis" {
  security_group_id = aws_security_group.cache.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 6379
  to_port           = 6380
  ip_protocol       = "tcp"
}

# Safe: HTTP/HTTPS range only.
# ok: terraform.aws.open-ingress.vpc-security-group-ingress-rule
resource "aws_vpc_security_group_ingress_rule" "web" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 80
  to_port           = 443
  ip_protocol       = "tcp"
}

# Safe: SSH from a referenced security group.
# ok: terraform.aws.open-ingress.vpc-security-group-ingress-rule
resource "aws_vpc_security_group_ingress_rule" "ssh_bastion" {
  security_group_id            = aws_security_group.app.id
  referenced_security_group_id = aws_security_group.bastion.id
  from_port                    = 22
  to_port                      = 22
  ip_protocol                  = "tcp"
}

# Safe: all traffic, but only from inside the VPC.
# ok: terraform.aws.open-ingress.vpc-security-group-ingress-rule
resource "aws_vpc_security_group_ingress_rule" "intra_vpc" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "-1"
}
