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


def test_markdown_files_round_trip_unchanged(tmp_path, store) -> None:  # type: ignore[no-untyped-def]
    """A hard-wrapped file and a Shift+Enter line break come back out byte for byte."""
    from editorberita.core.export import export_articles
    from editorberita.core.importer import import_paths

    body = ("Baris yang dibungkus\npada 72 kolom.\n\nJl. Pahlawan 1  \nSamarinda.\n\n"
            "- satu\n- dua")
    source = tmp_path / "a" / "artikel.md"
    source.parent.mkdir()
    source.write_text("---\ntitle: Uji\nslug: uji\n---\n\n" + body + "\n", encoding="utf-8")
    import_paths(store, [source])
    first = export_articles(store, tmp_path / "b", "md").written[0]
    assert first.read_text(encoding="utf-8").endswith("\n\n" + body + "\n")
    import_paths(store, [first])
    second = export_articles(store, tmp_path / "c", "md").written[0]
    assert second.read_bytes() == first.read_bytes()


@pytest.mark.parametrize(("pasted", "expected"), [
    ("Satu.\nDua.\nTiga.", "Satu.\n\nDua.\n\nTiga."),
    ("Satu.\r\nDua.\r\n", "Satu.\n\nDua.\n"),
    ("Satu.\n\nDua.\nTiga.", "Satu.\n\nDua.\nTiga."),  # Markdown already: as it is
    ("- beras\n- gula", "- beras\n- gula"),
    ("```\na\nb\n```", "```\na\nb\n```"),
    ("Jl. Pahlawan 1  \nSamarinda", "Jl. Pahlawan 1  \nSamarinda"),
    ("kata", "kata"),
])
def test_paragraphs_from_lines(pasted: str, expected: str) -> None:
    from editorberita.core.checks import paragraphs_from_lines

    assert paragraphs_from_lines(pasted) == expected
