"""Indonesian spell checking: the bundled dictionary, what is skipped, the desk word list."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.spelling import SpellChecker, check_spans
from editorberita.core.store import open_store

PARAGRAPH = ("Pemerintah Provinsi Kalimantan Timur menyiapkan anggaran untuk memperbaiki "
             "jalan yang rusak akibat banjir, kata pejabat dinas pekerjaan umum kepada "
             "wartawan di Samarinda, Selasa. Masyarakat diminta bersabar karena kebijkan "
             "ini membutuhkan waktu.")


@pytest.fixture(scope="module")
def speller() -> SpellChecker:
    return SpellChecker()


def test_marks_a_misspelling_and_suggests_the_right_word(speller: SpellChecker) -> None:
    wrong = speller.misspelt(PARAGRAPH)
    assert [w.word for w in wrong] == ["kebijkan"]
    assert PARAGRAPH[wrong[0].start:wrong[0].end] == "kebijkan"
    assert speller.suggest("kebijkan")[0] == "kebijakan"


def test_markdown_urls_emails_numbers_and_acronyms_are_not_checked() -> None:
    line = ("**Tebal** [tautaan](https://contoh.id/salahh) `kodee` humas@kaltimm.go.id "
            "www.beritaa.com Rp50.000 2024 DPRD <span>xx</span> kebijkan")
    assert [s.word for s in check_spans(line)] == ["Tebal", "tautaan", "xx", "kebijkan"]


def test_reduplication_and_capitals(speller: SpellChecker) -> None:
    assert speller.check("anak-anak")
    assert speller.check("Pemerintah")
    assert speller.check("PEMERINTAH")
    assert not speller.check("pemerintahh")


def test_ignore_is_for_this_session_only(speller: SpellChecker) -> None:
    checker = SpellChecker(extra_words=[])
    assert not checker.check("Sangatta-nya")
    checker.ignore("Sangatta-nya")
    assert checker.check("Sangatta-nya")
    assert not SpellChecker().check("Sangatta-nya")


def test_desk_word_stops_being_marked_after_a_restart(db_path: Path) -> None:
    store = open_store(db_path)
    checker = SpellChecker(extra_words=store.desk_words())
    assert [w.word for w in checker.misspelt("Kata Disperkim Kukar soal banjir.")] == [
        "Disperkim"]
    assert store.add_desk_word("Disperkim") is True
    assert store.add_desk_word("Disperkim") is False
    store.close()
    # a new store and a new checker on the same file: the word is known
    again = open_store(db_path)
    try:
        assert again.desk_words() == ["Disperkim"]
        fresh = SpellChecker(extra_words=again.desk_words())
        assert fresh.misspelt("Kata Disperkim Kukar soal banjir.") == []
        assert fresh.check("DISPERKIM")
        assert fresh.check("disperkim")  # desk words match in any case (issue 12)
        assert again.remove_desk_word("Disperkim")
        assert again.desk_words() == []
    finally:
        again.close()


def test_desk_word_must_be_one_word(store) -> None:  # type: ignore[no-untyped-def]
    from editorberita.core.domain import EditorBeritaError

    with pytest.raises(EditorBeritaError, match="satu kata"):
        store.add_desk_word("dua kata")


def test_superscript_digits_end_a_word() -> None:
    """"km²" is checked as the unit "km" (a seed word), not as an unknown "km²"."""
    from editorberita.core.spelling import check_spans

    line = "Luas wilayah 718 km² dan CO₂ naik"
    words = [(span.word, line[span.start:span.end]) for span in check_spans(line)]
    assert ("km", "km") in words
    assert all("²" not in word and "₂" not in word for word, _ in words)
