"""The dialog that says the database is damaged and offers its newest good backup.

``ui.recovery`` shows it before anything writes to a damaged file; the problems are worded by
``ui.messages.explain`` (SQLite's own report lines are shown as they are).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editorberita.core import backup
from editorberita.core.messages import Message
from editorberita.ui.formatting import format_moment
from editorberita.ui.messages import explain


class DamagedDialog(QDialog):
    """Says in plain words that the database is damaged and offers the newest good backup."""

    def __init__(self, db_path: Path, problems: Sequence[Message | str],
                 good: backup.BackupFile | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        text = self.tr(
            "The database {path} is damaged, so EditorBerita will not write to it: that could "
            "make things worse. Nothing has been deleted.").format(path=str(db_path))
        if good is not None:
            text += "\n\n" + self.tr(
                "The newest good backup is from {date}. Open it read-only first to check that "
                "it holds your work; you can then restore it. The damaged file is kept in the "
                "backups folder.").format(date=format_moment(good.created))
        else:
            text += "\n\n" + self.tr(
                "No good backup was found. Keep the file and ask your support desk for help.")
        label = QLabel(text, self)
        label.setObjectName("damaged_label")
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        details = QPlainTextEdit(self)
        details.setReadOnly(True)
        details.setPlainText("\n".join(explain(problem) for problem in problems[:20]))
        details.setMaximumHeight(90)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open the backup (read-only)"), self)
        self.open_button.setObjectName("open_backup_button")
        self.open_button.setEnabled(good is not None)
        quit_button = QPushButton(self.tr("Quit"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.accept)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("What SQLite reported:"), self))
        layout.addWidget(details)
        layout.addStretch(1)  # extra height goes below the report, not above it
        layout.addWidget(buttons)
        self.resize(600, 320)
