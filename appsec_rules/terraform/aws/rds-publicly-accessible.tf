resource "aws_db_instance" "crm" {
  identifier                  = "crm"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "crm_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  # ruleid: terraform.aws.rds-public.publicly-accessible
  publicly_accessible         = true
}

resource "aws_rds_cluster_instance" "app" {
  count              = 2
  identifier         = "app-${count.index}"
  cluster_identifier = aws_rds_cluster.app.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.app.engine
  # ruleid: terraform.aws.rds-public.publicly-accessible
  publicly_accessible = true
}

resource "aws_neptune_cluster_instance" "graph" {
  cluster_identifier  = aws_neptune_cluster.graph.id
  instance_class      = "db.r5.large"
  # ruleid: terraform.aws.rds-public.publicly-accessible
  publicly_accessible = true
}

# Safe: private databases.
resource "aws_db_instance" "erp" {
  identifier                  = "erp"
  engine                      = "mysql"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "erp"
  manage_master_user_password = true
  storage_encrypted           = true
  # ok: terraform.aws.rds-public.publicly-accessible
  publicly_accessible         = false
}

resource "aws_rds_cluster_instance" "ledger" {
  identifier         = "ledger-1"
  cluster_identifier = aws_rds_cluster.ledger.id
  instance_class     = "db.r6g.large"
  # ok: terraform.aws.rds-public.publicly-accessible
  publicly_accessible = var.expose_ledger
}

# Safe: publicly_accessible on a non-database resource is out of scope here.
resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
  # ok: terraform.aws.rds-public.publicly-accessible
  publicly_accessible        = false
}
