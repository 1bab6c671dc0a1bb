resource "aws_iam_policy" "app" {
  name = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ruleid: terraform.aws.iam-wildcard.policy-wildcard-resource
      {
        Sid      = "AllS3"
        Effect   = "Allow"
        Action   = ["s3:*"]
        Resource = "*"
      },
      # ruleid: terraform.aws.iam-wildcard.policy-wildcard-resource
      {
        Sid      = "PassAnyRole"
        Effect   = "Allow"
        Action   = ["iam:PassRole", "ecs:RunTask"]
        Resource = ["*"]
      },
      # ok: terraform.aws.iam-wildcard.policy-wildcard-resource
      {
        Sid      = "ReadOnlyDescribe"
        Effect   = "Allow"
        Action   = ["ec2:Describe*", "ecs:List*"]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role" "lambda" {
  name               = "lambda-exec"
  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json

  inline_policy {
    name = "secrets"
    policy = jsonencode({
      "Version" : "2012-10-17",
      "Statement" : [
        # ruleid: terraform.aws.iam-wildcard.policy-wildcard-resource
        {
          "Effect" : "Allow",
          "Action" : ["secretsmanager:GetSecretValue", "kms:Decrypt"],
          "Resource" : "*"
        },
        # ok: terraform.aws.iam-wildcard.policy-wildcard-resource
        {
          "Effect" : "Allow",
          "Action" : "secretsmanager:GetSecretValue",
          "Resource" : "arn:aws:secretsmanager:eu-west-1:111122223333:secret:lambda/*"
        }
      ]
    })
  }
}

# Safe: Resource "*" with actions that only support "*" and are not sensitive.
resource "aws_iam_role_policy" "tracing" {
  name = "tracing"
  role = aws_iam_role.lambda.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ok: terraform.aws.iam-wildcard.policy-wildcard-resource
      {
        Effect   = "Allow"
        Action   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "cloudwatch:PutMetricData"]
        Resource = "*"
      },
      # Safe: a Deny statement.
      # ok: terraform.aws.iam-wildcard.policy-wildcard-resource
      {
        Effect    = "Deny"
        Action    = ["s3:*"]
        Resource  = "*"
        Condition = { StringNotEquals = { "aws:RequestedRegion" = ["eu-west-1"] } }
      },
    ]
  })
}

# Not reported here: Action "*" belongs to policy-wildcard-action.
resource "aws_iam_group_policy" "admins" {
  name  = "admins"
  group = aws_iam_group.admins.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ok: terraform.aws.iam-wildcard.policy-wildcard-resource
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      }
    ]
  })
}
