"""The README tells a new user the truth about the command line and the set-up (issue 12)."""

from __future__ import annotations

import re
from pathlib import Path

from editorberita.cli import build_parser
from editorberita.core.domain import Status

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    rows = set(re.findall(r"^\| `(\w+)", README, re.MULTILINE))
    assert set(sub.choices) <= rows, set(sub.choices) - rows  # type: ignore[arg-type]


def test_status_words_are_listed_in_both_languages() -> None:
    flat = " ".join(README.split())  # wrapped lines
    for status in Status:
        assert f"`{status.value}` = “{status.label_id}”" in flat


def test_top_block_screenshot_and_targets() -> None:
    top = README[:README.index("**EditorBerita** is")]
    assert top.index("](resources/screenshots/main-window.png)") < top.index("screenshot above")
    assert "All three need" in top and "Both need" not in top
    assert len(re.findall(r"^\| `make screenshot`", README, re.MULTILINE)) == 0  # once, on top
    assert "libxcb-cursor0" in top and "editorberita.log" in top


def test_categories_counts_are_explained() -> None:
    row = next(line for line in README.splitlines() if line.startswith("| `categories`"))
    assert "sub-rubrics" in row and "sidebar" in row


def test_the_layout_names_every_module() -> None:
    """A newcomer finds each module of src/ in "How the code is laid out" (issue 13)."""
    layout = README[README.index("## How the code is laid out"):]
    layout = layout[:layout.index("\n## ")]
    src = Path(__file__).resolve().parents[1] / "src" / "editorberita"
    unnamed = [path.relative_to(src).as_posix() for path in sorted(src.rglob("*.py"))
               if path.name != "__init__.py" and "migrations" not in path.parts
               and f"`{path.name}`" not in layout]
    assert unnamed == []
