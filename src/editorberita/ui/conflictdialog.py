"""The save-conflict dialog: someone else saved the article first; keep mine, take theirs or copy.
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Article

logger = logging.getLogger(__name__)


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
