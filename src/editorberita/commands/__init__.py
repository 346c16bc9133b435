"""Headless commands that live outside ``cli.py``, one module per group (never import Qt)."""
