"""The form's date and time fields take what the desk types, exactly (issue 12)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from editorberita.core.domain import Article, Zone
from editorberita.ui.metadata import MetadataPanel


@pytest.fixture
def panel(qtbot):  # type: ignore[no-untyped-def]
    widget = MetadataPanel({})
    qtbot.addWidget(widget)
    widget.set_more_fields_visible(True)
    widget.show()
    article = Article(id=1, headline="Banjir", zone=Zone.WITA,
                      published_at=datetime(2024, 1, 5, 8, 0, tzinfo=Zone.WITA.tzinfo))
    widget.set_article(article)
    return widget, article


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == field.text()  # Ctrl+A selects the whole field
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["23/7/2024", "23/07/2024", "23-07-2024", "23 Juli 2024"])
def test_a_typed_date_is_exactly_that_date(qtbot, panel, typed: str) -> None:  # type: ignore[no-untyped-def]
    form, article = panel
    _type(qtbot, form.date_edit, typed)
    published = form.apply_to(article).local_published_at
    assert published is not None
    assert (published.year, published.month, published.day) == (2024, 7, 23)
    assert form.date_edit.text() == "23/07/2024"


@pytest.mark.parametrize("typed", ["14.30", "14:30"])
def test_a_typed_time_is_exactly_that_time(qtbot, panel, typed: str) -> None:  # type: ignore[no-untyped-def]
    form, article = panel
    _type(qtbot, form.time_edit, typed)
    published = form.apply_to(article).local_published_at
    assert published is not None
    assert (published.hour, published.minute) == (14, 30)
    assert form.time_edit.text() == "14.30"


def test_a_date_typed_but_not_left_yet_still_counts(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    form, article = panel
    form.date_edit.setFocus()
    form.date_edit.selectAll()
    qtbot.keyClicks(form.date_edit, "17 Agustus 2024")
    published = form.apply_to(article).local_published_at
    assert published is not None and (published.month, published.day) == (8, 17)


def test_typing_a_date_counts_as_an_edit(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    form, _ = panel
    with qtbot.waitSignal(form.edited, timeout=1000):
        _type(qtbot, form.date_edit, "23/07/2024")


def test_what_is_not_a_date_turns_red_and_keeps_the_old_date(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    form, article = panel
    _type(qtbot, form.date_edit, "31/02/2024")
    assert not form.date_edit.valid
    assert "23/07/2024" in form.date_edit.toolTip()
    published = form.apply_to(article).local_published_at
    assert published is not None and (published.month, published.day) == (1, 5)
    assert form.date_edit.text() == "31/02/2024"  # what was typed is not thrown away


def test_the_calendar_is_one_key_away_and_picks_the_date(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    form, article = panel
    form.date_edit.setFocus()
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.date_edit._calendar
    assert calendar is not None and calendar.isVisible()
    calendar.clicked.emit(QDate(2024, 8, 17))
    assert not calendar.isVisible()
    published = form.apply_to(article).local_published_at
    assert published is not None and (published.month, published.day) == (8, 17)
