resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets"
}

data "aws_iam_policy_document" "assets_public" {
  # ruleid: terraform.aws.s3-public.policy-document-public-principal
  statement {
    sid     = "PublicRead"
    actions = ["s3:GetObject"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = ["${aws_s3_bucket.assets.arn}/*"]
  }

  # ok: terraform.aws.s3-public.policy-document-public-principal
  statement {
    sid     = "DenyPlainHttp"
    effect  = "Deny"
    actions = ["s3:*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = [aws_s3_bucket.assets.arn, "${aws_s3_bucket.assets.arn}/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  # ruleid: terraform.aws.s3-public.policy-document-public-principal
  statement {
    sid     = "AnyAwsAccountList"
    effect  = "Allow"
    actions = ["s3:ListBucket"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    resources = [aws_s3_bucket.assets.arn]
  }
}

resource "aws_s3_bucket_policy" "assets" {
  bucket = aws_s3_bucket.assets.id
  policy = data.aws_iam_policy_document.assets_public.json
}

# Bucket policy declared before the document it uses.
resource "aws_s3_bucket_policy" "firmware" {
  bucket = "acme-firmware"
  policy = data.aws_iam_policy_document.firmware.json
}

data "aws_iam_policy_document" "firmware" {
  # ruleid: terraform.aws.s3-public.policy-document-public-principal
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::acme-firmware/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root", "*"]
    }
  }

  # ok: terraform.aws.s3-public.policy-document-public-principal
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-firmware/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.org_id]
    }
  }

  # ok: terraform.aws.s3-public.policy-document-public-principal
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-firmware/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
  }
}

# Safe: a wildcard principal in a document that is not used as a bucket policy in this file
# (here an SNS topic policy restricted elsewhere).
data "aws_iam_policy_document" "topic" {
  # ok: terraform.aws.s3-public.policy-document-public-principal
  statement {
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic_policy" "topic" {
  arn    = "arn:aws:sns:eu-west-1:111122223333:alerts"
  policy = data.aws_iam_policy_document.topic.json
}
