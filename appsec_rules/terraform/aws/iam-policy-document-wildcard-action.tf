data "aws_iam_policy_document" "ci" {
  # ruleid: terraform.aws.iam-wildcard.policy-document-wildcard-action
  statement {
    sid       = "Admin"
    actions   = ["*"]
    resources = ["*"]
  }

  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-action
  statement {
    sid       = "Ecr"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "ops" {
  # ruleid: terraform.aws.iam-wildcard.policy-document-wildcard-action
  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject", "*:*"]
    resources = ["arn:aws:s3:::acme-ops/*"]
  }

  # Deny guard rail.
  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-action
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
}

data "aws_iam_policy_document" "breakglass" {
  # ruleid: terraform.aws.iam-wildcard.policy-document-wildcard-action
  statement {
    actions   = ["*"]
    resources = ["arn:aws:ec2:*:111122223333:instance/*"]
  }
}

# Safe: a resource-policy statement with principals (key policies and bucket policies
# are resource policies, covered by their own rules).
data "aws_iam_policy_document" "kms_key" {
  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-action
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

data "aws_iam_policy_document" "reader" {
  # ok: terraform.aws.iam-wildcard.policy-document-wildcard-action
  statement {
    actions   = ["dynamodb:GetItem", "dynamodb:Query"]
    resources = [aws_dynamodb_table.orders.arn]
  }
}
