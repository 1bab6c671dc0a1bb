"""Scanning: targets → Semgrep → typed, fingerprinted, suppression-aware findings."""
