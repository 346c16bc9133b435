"""The house rules on imports: core never imports Qt, ui never imports SQLAlchemy."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "editorberita"

BANNED = {
    "core": ("PySide6", "shiboken6", "editorberita.ui"),
    "commands": ("PySide6", "shiboken6", "editorberita.ui"),  # headless, like cli.py
    "ui": ("sqlalchemy", "alembic", "sqlite3", "editorberita.core.records",
           "editorberita.core.sqlite"),
}
DOMAIN_ALLOWED_PROJECT_IMPORTS: tuple[str, ...] = ()


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("room", sorted(BANNED))
def test_layers_keep_their_imports(room: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / room).rglob("*.py")):
        for name in _imports(path):
            if any(name == banned or name.startswith(banned + ".") for banned in BANNED[room]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_domain_imports_no_other_project_module() -> None:
    """Only the message type its errors carry, which itself imports nothing of ours."""
    names = _imports(PACKAGE / "core" / "domain.py")
    assert [n for n in names if n.startswith("editorberita")] == ["editorberita.core.messages"]
    names = _imports(PACKAGE / "core" / "messages.py")
    assert [n for n in names if n.startswith("editorberita")] == []


def test_layer_check_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n", encoding="utf-8")
    assert {"PySide6.QtCore", "sqlalchemy.orm"} <= _imports(bad)
