"""The corpus is scan input, not a test suite: keep pytest from collecting it.

Files under ``tests/corpus/**/tests/`` model test code inside scanned projects. They import
frameworks that are not installed here and are never meant to run.
"""

collect_ignore_glob = ["*"]
