"""Headless command bodies kept out of cli.py (which only parses and dispatches). Never Qt."""
