"""Renderers for scan results: SARIF, JSON, Markdown and the terminal."""
