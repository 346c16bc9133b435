"""The keyboard shortcuts dialog: every action with a key, read from the window's registry."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)


def on_a_pc_keyboard(keys: QKeySequence) -> bool:
    """Return False for a sequence using a media key ("New", "Save" keys of StandardKey.New).

    Qt's standard shortcuts add such keys beside Ctrl+N; listing them read "Ctrl+N, New".
    """
    return all(keys[i].key().value < Qt.Key.Key_Back.value  # type: ignore[index]  # stubs lack __getitem__
               for i in range(keys.count()))


class ShortcutsDialog(QDialog):
    """Lists every action that has a keyboard shortcut, grouped by menu."""

    def __init__(self, groups: list[tuple[str, list[QAction]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = self.typing_rows()
        for group, actions in groups:
            for action in actions:
                keys = [k for k in action.shortcuts() if on_a_pc_keyboard(k)]
                if not keys:
                    continue
                text = action.text().replace("&", "").rstrip("…").rstrip(".")
                shortcut = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                     for k in keys)
                rows.append((group.replace("&", ""), text, shortcut))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"),
                                              self.tr("Shortcut")])
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.typing_note = QLabel(self.tr(
            "Type as in a word processor: Enter starts a new paragraph (the editor writes the "
            "blank line Markdown needs), Shift+Enter breaks the line inside a paragraph. In a "
            "list Enter adds the next item, and Enter on an empty item ends the list; in code "
            "and tables Enter is a plain new line."), self)
        self.typing_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.typing_note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def typing_rows(self) -> list[tuple[str, str, str]]:
        """Return the editor's typing keys, which are not actions: (group, what, keys)."""
        group = self.tr("Typing")
        enter, shift_enter = self.tr("Enter"), self.tr("Shift+Enter")
        return [(group, self.tr("New paragraph"), enter),
                (group, self.tr("Line break inside a paragraph"), shift_enter),
                (group, self.tr("Next list item (on an empty item: end the list)"), enter)]

    def row_count(self) -> int:
        """Return how many shortcuts are listed."""
        return self.table.rowCount()
