"""Small dialogs of the window: keyboard shortcuts, save conflicts, unexpected errors.

Each is a plain ``QDialog`` built in code that returns the user's choice. May import
``core.domain`` and PySide6.
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Article

logger = logging.getLogger(__name__)


def on_a_pc_keyboard(keys: QKeySequence) -> bool:
    """Return False for a sequence using a media key ("New", "Save" keys of StandardKey.New).

    Qt's standard shortcuts add such keys beside Ctrl+N; listing them read "Ctrl+N, New".
    """
    return all(keys[i].key().value < Qt.Key.Key_Back.value for i in range(keys.count()))


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


class ConflictChoice(enum.Enum):
    """What to do when someone else saved the article first."""

    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    SAVE_COPY = "save_copy"


class ConflictDialog(QDialog):
    """Shows my text and the stored text side by side and asks which to keep."""

    def __init__(self, mine: Article, theirs: Article | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The article was changed elsewhere"))
        self.choice = ConflictChoice.SAVE_COPY
        explanation = QLabel(self.tr(
            "Someone saved this article in another window or on another computer after you "
            "opened it. Nothing has been overwritten yet. Choose which text to keep."), self)
        explanation.setWordWrap(True)
        mine_edit = QPlainTextEdit(self)
        mine_edit.setReadOnly(True)
        mine_edit.setPlainText(f"{mine.headline}\n\n{mine.body}")
        theirs_edit = QPlainTextEdit(self)
        theirs_edit.setReadOnly(True)
        theirs_edit.setPlainText(f"{theirs.headline}\n\n{theirs.body}" if theirs
                                 else self.tr("(the article was deleted)"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("My version"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Stored version"), self), 0, 1)
        grid.addWidget(mine_edit, 1, 0)
        grid.addWidget(theirs_edit, 1, 1)
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep mine as a new revision"), self)
        self.theirs_button = QPushButton(self.tr("Take theirs"), self)
        self.copy_button = QPushButton(self.tr("Save mine as a copy"), self)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.theirs_button.setEnabled(theirs is not None)
        self.keep_button.setEnabled(theirs is not None)
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.copy_button.clicked.connect(lambda: self._choose(ConflictChoice.SAVE_COPY))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()


class ErrorDialog(QDialog):
    """A friendly "something went wrong" with the details folded away for a bug report."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        label = QLabel(self.tr(
            "Something went wrong: {message}\n\nYour work is saved automatically. If this "
            "happens again, please send the details below to your support desk.")
            .format(message=message), self)
        label.setWordWrap(True)
        details_edit = QPlainTextEdit(self)
        details_edit.setReadOnly(True)
        details_edit.setPlainText(details)
        self._details = details
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy_details)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(details_edit, 1)
        layout.addWidget(buttons)
        self.resize(600, 400)

    @Slot()
    def _copy_details(self) -> None:
        """Put the details on the clipboard for an e-mail or chat to the support desk."""
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Copied"))
