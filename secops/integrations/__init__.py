"""Where developers meet secops: the pre-commit hook and the GitHub pull-request step."""
