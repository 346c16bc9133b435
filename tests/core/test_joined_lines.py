"""The check warns when lines meant as paragraphs would run together on the page."""

from __future__ import annotations

import pytest

from editorberita.core.checks import check_article
from editorberita.core.domain import Article


def joined(body: str) -> list[str]:
    return [body[p.start:p.end] for p in check_article(Article(body=body))
            if p.code == "joined_lines"]


def test_lines_joined_into_one_paragraph_are_reported_once_per_paragraph() -> None:
    assert joined("Satu.\nDua.\nTiga.\n\nEmpat.\nLima.") == ["Dua.", "Lima."]


@pytest.mark.parametrize("body", [
    "Satu.\n\nDua.", "- beras\n- gula", "1. a\n2. b", "> q\n> r", "| a |\n| b |",
    "Jl. Pahlawan  \nSamarinda", "```\na\nb\n```", "## Judul\nTeks.", "Judul\n===",
    "- butir\n  lanjutan",
])
def test_blocks_and_line_breaks_are_not_reported(body: str) -> None:
    assert joined(body) == []
