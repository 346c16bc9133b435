"""Where a search result matched (core/searchhits.py): the snippet marks the found words."""

from __future__ import annotations

from editorberita.core.searchhits import snippet


def test_snippet_marks_the_found_words() -> None:
    body = ("Hujan deras sejak Senin malam membuat **ratusan** warga di tiga kelurahan "
            "terpaksa mengungsi ke posko pengungsian yang didirikan BPBD Samarinda.")
    parts = snippet(["", body], "pengungsian")
    assert [t for t, marked in parts if marked] == ["mengungsi", "pengungsian"]
    assert parts[0][0].startswith("… ")
    assert "**" not in "".join(t for t, _ in parts)
    assert [t for t, m in snippet(["Banjir di [Samarinda](http://x) meluas."], "samar*")
            if m] == ["Samarinda"]
    assert snippet(["Tidak ada di sini."], "banjir") == []
