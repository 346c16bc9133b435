"""The friendly "something went wrong" dialog, with details folded away for a bug report.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)


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
