# ruleid: terraform.aws.unencrypted.rds-instance-unencrypted
resource "aws_db_instance" "orders" {
  identifier             = "orders"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 100
  username               = "orders_admin"
  manage_master_user_password = true
  db_subnet_group_name   = aws_db_subnet_group.private.name
  vpc_security_group_ids = [aws_security_group.db.id]
}

resource "aws_db_instance" "legacy_mysql" {
  identifier        = "legacy"
  engine            = "mysql"
  instance_class    = "db.m5.large"
  allocated_storage = 50
  username          = "admin"
  password          = var.legacy_db_password
  # ruleid: terraform.aws.unencrypted.rds-instance-unencrypted
  storage_encrypted = true
}

# ruleid: terraform.aws.unencrypted.rds-instance-unencrypted
resource "aws_db_instance" "analytics" {
  identifier          = "analytics"
  engine              = "mariadb"
  instance_class      = "db.r6g.large"
  allocated_storage   = 500
  snapshot_identifier = var.analytics_snapshot
}

# Safe: encrypted with a customer-managed key.
# ok: terraform.aws.unencrypted.rds-instance-unencrypted
resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 200
  username                    = "billing_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}

# Safe: a read replica inherits encryption from its (encrypted) source.
# ok: terraform.aws.unencrypted.rds-instance-unencrypted
resource "aws_db_instance" "billing_replica" {
  identifier          = "billing-replica"
  replicate_source_db = aws_db_instance.billing.identifier
  instance_class      = "db.m6g.large"
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  manage_master_user_password = true
  username          = "reporting"
  # ok: terraform.aws.unencrypted.rds-instance-unencrypted
  storage_encrypted = true
}
