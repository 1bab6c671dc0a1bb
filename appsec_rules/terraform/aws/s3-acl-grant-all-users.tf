data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket" "site" {
  bucket = "acme-marketing-site"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        # ruleid: terraform.aws.s3-public.acl-grant-all-users
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }

    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

resource "aws_s3_bucket_acl" "shared" {
  bucket = "acme-shared-datasets"

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        # ruleid: terraform.aws.s3-public.acl-grant-all-users
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "READ_ACP"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# Legacy inline grant on the bucket resource (AWS provider < 4).
resource "aws_s3_bucket" "legacy_downloads" {
  bucket = "acme-downloads"

  grant {
    type        = "Group"
    permissions = ["READ", "WRITE"]
    # ruleid: terraform.aws.s3-public.acl-grant-all-users
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers"
  }
}

# Safe: the log-delivery group only writes access logs.
resource "aws_s3_bucket_acl" "access_logs" {
  bucket = "acme-access-logs"

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        # ok: terraform.aws.s3-public.acl-grant-all-users
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# Safe: grant to a specific canonical user.
resource "aws_s3_bucket" "legacy_backup" {
  bucket = "acme-backup"

  grant {
    # ok: terraform.aws.s3-public.acl-grant-all-users
    id          = data.aws_canonical_user_id.current.id
    type        = "CanonicalUser"
    permissions = ["FULL_CONTROL"]
  }
}

# Safe: same URI text outside an S3 ACL (documentation output).
output "public_group_uri_doc" {
  # ok: terraform.aws.s3-public.acl-grant-all-users
  value = "http://acs.amazonaws.com/groups/global/AllUsers"
}
