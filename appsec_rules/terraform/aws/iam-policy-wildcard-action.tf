resource "aws_iam_policy" "ci_deployer" {
  name = "ci-deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ruleid: terraform.aws.iam-wildcard.policy-wildcard-action
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role_policy" "ops" {
  name = "ops-break-glass"
  role = aws_iam_role.ops.id
  policy = jsonencode({
    "Version" : "2012-10-17",
    "Statement" : [
      # ruleid: terraform.aws.iam-wildcard.policy-wildcard-action
      {
        "Sid" : "Everything",
        "Effect" : "Allow",
        "Action" : ["*:*"],
        "Resource" : ["arn:aws:s3:::acme-ops/*"]
      },
      # ok: terraform.aws.iam-wildcard.policy-wildcard-action
      {
        "Effect" : "Allow",
        "Action" : ["logs:CreateLogStream", "logs:PutLogEvents"],
        "Resource" : "arn:aws:logs:*:*:log-group:/ops/*"
      }
    ]
  })
}

resource "aws_iam_user_policy" "legacy_admin" {
  name = "legacy-admin"
  user = aws_iam_user.legacy.name

  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    # ruleid: terraform.aws.iam-wildcard.policy-wildcard-action
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    }
  ]
}
EOF
}

# Safe: explicit actions on explicit resources.
resource "aws_iam_policy" "reader" {
  name = "bucket-reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ok: terraform.aws.iam-wildcard.policy-wildcard-action
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
      },
      # Safe: a Deny with Action "*" is a guard rail, not a grant.
      # ok: terraform.aws.iam-wildcard.policy-wildcard-action
      {
        Effect    = "Deny"
        Action    = "*"
        Resource  = "*"
        Condition = { Bool = { "aws:MultiFactorAuthPresent" = "false" } }
      },
      # Safe: NotAction is not Action.
      # ok: terraform.aws.iam-wildcard.policy-wildcard-action
      {
        Effect    = "Deny"
        NotAction = ["iam:ChangePassword"]
        Resource  = "*"
      },
    ]
  })
}

# Safe: the trust policy names sts:AssumeRole, not a wildcard action.
resource "aws_iam_role" "ops" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ok: terraform.aws.iam-wildcard.policy-wildcard-action
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
      }
    ]
  })
}
