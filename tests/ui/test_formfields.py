"""The form's small widgets (ui/formfields.py): the counter past its limit, the tag completer."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QWidget

from editorberita.core.domain import Kind
from editorberita.ui.formfields import OVER_LIMIT_COLOR, CounterLabel, TagCompleter, kind_labels


def test_the_counter_turns_red_and_bold_past_its_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    counter = CounterLabel(70, parent)
    counter.set_count(70)
    assert counter.text() == "70/70" and not counter.over and not counter.font().bold()
    counter.set_count(71)
    assert counter.over and counter.font().bold()
    assert counter.palette().color(QPalette.ColorRole.WindowText).name() == OVER_LIMIT_COLOR


def test_a_chosen_tag_replaces_only_the_one_being_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = TagCompleter(edit)
    completer.set_tags(["banjir", "Samarinda"])
    edit.setText("banjir, sama")
    completer.activated.emit("Samarinda")
    assert edit.text() == "banjir, Samarinda, "


def test_every_kind_has_a_name(qapp) -> None:  # type: ignore[no-untyped-def]
    assert set(kind_labels()) == set(Kind) and all(kind_labels().values())
