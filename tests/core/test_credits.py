"""Credits (core/credits.py): the writer and editor line and the closing initials."""

from __future__ import annotations

from editorberita.core.credits import credit_initials, credit_line
from editorberita.core.domain import Article


def test_the_credit_line_names_who_is_set() -> None:
    both = Article(headline="A", byline=" Rina  Wati ", editor="Ahmad")
    assert credit_line(both) == "Penulis: Rina Wati | Editor: Ahmad"
    assert credit_line(Article(headline="A", editor="Ahmad")) == "Editor: Ahmad"
    assert credit_line(Article(headline="A")) == ""


def test_initials_join_writer_then_editor() -> None:
    assert credit_initials(Article(headline="A", initials="(rw)", editor_initials="ed")) == "rw/ed"
    assert credit_initials(Article(headline="A", initials="rw/ed", editor_initials="xy")) == "rw/ed"
    assert credit_initials(Article(headline="A", editor_initials="ed")) == "ed"
