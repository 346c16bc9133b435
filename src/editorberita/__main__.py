"""Entry point for ``python -m editorberita`` and the frozen build."""

from __future__ import annotations

import sys

from editorberita.cli import main  # absolute import: this file also runs as a frozen script

if __name__ == "__main__":
    sys.exit(main())
