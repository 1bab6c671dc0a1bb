"""Moved to secops._yaml (shared with the policy loader); kept while callers migrate."""

from secops._yaml import Key, LineMap, display, dotted, line_of, load_yaml, schema_problems

__all__ = ["Key", "LineMap", "display", "dotted", "line_of", "load_yaml", "schema_problems"]
