"""Indonesian affixes (core/stemmer.py): the roots search and the spell checker need."""

from __future__ import annotations

from editorberita.core.stemmer import Stemmer, root_candidates

MAX_FALSE_PER_1000 = 2.0


def test_the_stemmer_finds_the_roots_search_needs() -> None:
    stemmer = Stemmer()
    assert stemmer.stem("mengungsi") == stemmer.stem("pengungsian") == "ungsi"
    assert stemmer.stem("Pembangunan") == stemmer.stem("dibangun") == "bangun"
    assert stemmer.stem("memperbaiki") == "baik"
    assert stemmer.stem("Samarinda") == "samarinda"  # a name stays itself
    assert "tulis" in set(root_candidates("menulis"))
