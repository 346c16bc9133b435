"""Headless command groups that live outside cli.py (one module per feature); never Qt."""
