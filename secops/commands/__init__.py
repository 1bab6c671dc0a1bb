"""Command bodies: each takes plain arguments, returns an exit code, and leaves parsing to cli.py."""
