"""Run history: one record per scan, appended to a local or S3 store, read back as a stream for metrics."""
