"""EditorBerita: an offline article editor for Indonesian news desks."""

__version__ = "0.1.0"
