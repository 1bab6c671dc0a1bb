# ruleid: terraform.aws.unencrypted.rds-cluster-unencrypted
resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  engine_version              = "15.4"
  master_username             = "app_admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
}

resource "aws_rds_cluster" "events" {
  cluster_identifier          = "events"
  engine                      = "aurora-mysql"
  master_username             = "events"
  manage_master_user_password = true
  # ruleid: terraform.aws.unencrypted.rds-cluster-unencrypted
  storage_encrypted           = true
}

# ruleid: terraform.aws.unencrypted.rds-cluster-unencrypted
resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "catalog"
  master_password    = var.docdb_password
}

# Safe: encrypted.
# ok: terraform.aws.unencrypted.rds-cluster-unencrypted
resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-postgresql"
  master_username             = "ledger"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.rds.arn
}

# Safe: Aurora Serverless v1 is always encrypted.
# ok: terraform.aws.unencrypted.rds-cluster-unencrypted
resource "aws_rds_cluster" "reports" {
  cluster_identifier          = "reports"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "reports"
  manage_master_user_password = true
}

# Safe: secondary cluster of an (encrypted) global database.
# ok: terraform.aws.unencrypted.rds-cluster-unencrypted
resource "aws_rds_cluster" "ledger_dr" {
  cluster_identifier        = "ledger-dr"
  engine                    = "aurora-postgresql"
  global_cluster_identifier = aws_rds_global_cluster.ledger.id
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
  # ok: terraform.aws.unencrypted.rds-cluster-unencrypted
  storage_encrypted  = true
}
