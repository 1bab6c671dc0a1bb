data "aws_iam_policy_document" "worker" {
  # ruleid: terraform.aws.iam-wildcard.policy-document-wildcard-resource
  statement {
    sid       = "Queues"
    actions   = ["sqs:*"]
    resources = ["*"]
  }

  # ruleid: terraform.aws.iam-wildcard.policy-document-wildcard-resource
  statement {
    sid       = "Deploy"
    actions   = ["iam:PassRole", "lambda:UpdateFunctionCode"]
    resources = ["*"]
  }

  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-resource
  statement {
    sid       = "Describe"
    actions   = ["ec2:Describe*", "autoscaling:Describe*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "config_reader" {
  # ruleid: terraform.aws.iam-wildcard.policy-document-wildcard-resource
  statement {
    effect    = "Allow"
    actions   = ["ssm:GetParameter", "ssm:GetParametersByPath"]
    resources = ["*"]
  }

  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-resource
  statement {
    effect    = "Allow"
    actions   = ["ssm:GetParameter"]
    resources = ["arn:aws:ssm:eu-west-1:111122223333:parameter/app/*"]
  }
}

data "aws_iam_policy_document" "metrics" {
  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-resource
  statement {
    actions   = ["cloudwatch:PutMetricData", "xray:PutTraceSegments"]
    resources = ["*"]
  }

  # Not reported here: actions = ["*"] belongs to policy-document-wildcard-action.
  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-resource
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}
