"""Corrections (core/corrections.py): the printed line, the refused texts, the record checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from editorberita.core.corrections import (
    MAX_CORRECTION,
    Correction,
    RecordState,
    clean_correction,
    status_problem,
    unexplained_change,
)
from editorberita.core.domain import Article, EditorBeritaError, Status, Zone

MADE = datetime(2024, 7, 23, 7, 10, tzinfo=UTC)  # 15.10 WITA


def test_the_line_says_when_in_the_desk_zone() -> None:
    correction = Correction(1, 5, MADE, Zone.WITA, "Korban 12 orang, bukan 21.")
    assert correction.line() == ("Ralat (Selasa, 23 Juli 2024, 15.10 WITA): "
                                 "Korban 12 orang, bukan 21.")


def test_a_correction_is_one_paragraph_and_never_empty_or_endless() -> None:
    assert clean_correction("  Korban\n12   orang. ") == "Korban 12 orang."
    for text, code in (("   \n ", "correction.empty"),
                       ("x" * (MAX_CORRECTION + 1), "correction.too_long")):
        with pytest.raises(EditorBeritaError) as caught:
            clean_correction(text)
        assert caught.value.message is not None and caught.value.message.code == code
    assert str(caught.value) == (  # the command line's sentence
        f"Isi ralat terlalu panjang ({MAX_CORRECTION + 1:,} karakter; batasnya "
        f"{MAX_CORRECTION:,}).".replace(",", "."))


def test_status_ralat_needs_a_correction_record() -> None:
    article = Article(id=5, headline="Banjir", body="Isi.", status=Status.CORRECTED)
    assert status_problem(article, []) is not None
    assert status_problem(article, [Correction(1, 5, MADE, Zone.WITA, "Benar.")]) is None


def test_a_changed_export_wants_a_newer_correction_spacing_aside() -> None:
    article = Article(id=5, headline="Banjir", body="Korban 12 orang.")
    exported = RecordState(exported_at=MADE, exported_body="Korban 21 orang.")
    assert unexplained_change(article, exported) is not None
    assert unexplained_change(article, RecordState(exported_at=MADE,
                                                   exported_body="Korban  12\norang.")) is None
    older = Correction(1, 5, MADE - timedelta(hours=1), Zone.WITA, "Lama.")
    newer = Correction(2, 5, MADE + timedelta(minutes=5), Zone.WITA, "Korban 12 orang.")
    assert unexplained_change(article, RecordState([older], MADE, "Korban 21 orang.")) is not None
    assert unexplained_change(article, RecordState([older, newer], MADE, "Korban 21.")) is None
    assert unexplained_change(article, RecordState()) is None
