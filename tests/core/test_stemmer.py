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


def test_a_root_gives_back_the_forms_that_carry_it_commonest_first() -> None:
    from editorberita.core.stemmer import MAX_FORMS, default_stemmer, derived_forms

    forms = derived_forms("ungsi")
    assert forms[0] == "ungsi" and 1 < len(forms) <= MAX_FORMS
    assert {"mengungsi", "pengungsi", "pengungsian", "diungsikan"} <= set(forms)
    assert {"dilaporkan", "melaporkan", "pelaporan", "laporannya"} <= set(derived_forms("lapor"))
    assert "difokuskan" in derived_forms("fokus")  # not in the dictionary's flags for "fokus"
    assert "memperbaiki" in derived_forms("baik")
    assert all(default_stemmer().stem(form) == "lapor" for form in derived_forms("lapor"))
    assert derived_forms("xyzzy") == ("xyzzy",)  # not a root: only itself
