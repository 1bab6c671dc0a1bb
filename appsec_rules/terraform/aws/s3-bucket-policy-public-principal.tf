resource "aws_s3_bucket" "downloads" {
  bucket = "acme-downloads"
}

resource "aws_s3_bucket_policy" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ruleid: terraform.aws.s3-public.bucket-policy-public-principal
      {
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject"]
        Resource  = "${aws_s3_bucket.downloads.arn}/*"
      },
      # ok: terraform.aws.s3-public.bucket-policy-public-principal
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.downloads.arn, "${aws_s3_bucket.downloads.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

resource "aws_s3_bucket_policy" "datasets" {
  bucket = "acme-datasets"
  policy = jsonencode({
    "Version" : "2012-10-17",
    "Statement" : [
      # ruleid: terraform.aws.s3-public.bucket-policy-public-principal
      {
        "Effect" : "Allow",
        "Principal" : { "AWS" : ["*"] },
        "Action" : ["s3:GetObject", "s3:ListBucket"],
        "Resource" : ["arn:aws:s3:::acme-datasets", "arn:aws:s3:::acme-datasets/*"]
      },
      # ok: terraform.aws.s3-public.bucket-policy-public-principal
      {
        "Effect" : "Allow",
        "Principal" : { "AWS" : "*" },
        "Action" : "s3:GetObject",
        "Resource" : "arn:aws:s3:::acme-datasets/*",
        "Condition" : { "StringEquals" : { "aws:PrincipalOrgID" : "o-a1b2c3d4e5" } }
      }
    ]
  })
}

# Raw JSON heredoc policy.
resource "aws_s3_bucket_policy" "legacy_site" {
  bucket = "acme-legacy-site"
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    # ruleid: terraform.aws.s3-public.bucket-policy-public-principal
    {
      "Sid": "PublicReadGetObject",
      "Effect": "Allow",
      "Principal": {"AWS": "*"},
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::acme-legacy-site/*"
    },
    # ok: terraform.aws.s3-public.bucket-policy-public-principal
    {
      "Sid": "VpceOnly",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-legacy-site/uploads/*",
      "Condition": {"StringEquals": {"aws:SourceVpce": "${var.vpce_id}"}}
    }
  ]
}
POLICY
}

# Safe: a named account and a service principal.
resource "aws_s3_bucket_policy" "logs" {
  bucket = "acme-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # ok: terraform.aws.s3-public.bucket-policy-public-principal
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/log-reader" }
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::acme-logs/*"
      },
      # ok: terraform.aws.s3-public.bucket-policy-public-principal
      {
        Effect    = "Allow"
        Principal = { Service = "logging.s3.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::acme-logs/*"
      },
    ]
  })
}

# Safe: Principal "*" in a role trust policy is a different resource (not an S3 policy).
resource "aws_sqs_queue_policy" "events" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/events"
  policy = jsonencode({
    Statement = [
      # ok: terraform.aws.s3-public.bucket-policy-public-principal
      {
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = "*"
      }
    ]
  })
}
