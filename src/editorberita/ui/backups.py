"""The Backups dialog: list the backups, back up now, pick one to restore.

Restoring replaces the database file, so the dialog only picks and confirms the backup; the
composition root (``ui.recovery.Launcher``) closes the store, restores and reopens. May import
``core.*`` and PySide6.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editorberita.core import backup
from editorberita.ui.formatting import format_moment, format_size
from editorberita.ui.messages import explain
from editorberita.ui.prompts import Prompts


class BackupsDialog(QDialog):
    """Lists the database's backups; makes one now; picks one to restore (after asking)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts if prompts is not None else Prompts()
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.backups: list[backup.BackupFile] = []
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(self.tr(
            "A copy of the database is made every day at start-up (the last 7 days and 4 weeks "
            "are kept), before every update of the database format and before every restore. "
            "Folder: {folder}").format(folder=str(backup.backups_dir(self.db_path))), self)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setObjectName("backup_now_button")
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore_backup_button")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self._on_backup_now)
        self.restore_button.clicked.connect(self._on_restore)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    @classmethod
    def choose_restore(cls, db_path: Path, parent: QWidget | None = None,
                       prompts: Prompts | None = None) -> Path | None:
        """Show the dialog; return the backup the user confirmed restoring, or None."""
        dialog = cls(db_path, parent, prompts)
        dialog.exec()
        return dialog.chosen

    def kind_label(self, kind: str) -> str:
        """Return the translated kind of a backup."""
        return {"daily": self.tr("Daily"), "manual": self.tr("Manual"),
                "migration": self.tr("Before a format update"),
                "restore": self.tr("Before a restore"),
                "damaged": self.tr("Damaged database (kept for support)")}.get(kind, kind)

    def reload(self) -> None:
        """Fill the table from the backups folder, newest first."""
        self.backups = backup.list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, item in enumerate(self.backups):
            try:
                size = item.path.stat().st_size
            except OSError:
                size = 0
            for column, text in enumerate((format_moment(item.created),
                                           self.kind_label(item.kind), format_size(size))):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> backup.BackupFile | None:
        """Return the backup selected in the table."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.backups[min(rows)] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_backup()
        self.restore_button.setEnabled(chosen is not None and chosen.kind != "damaged")

    @Slot()
    def _on_backup_now(self) -> None:
        try:
            path = backup.make_backup(self.db_path, "manual")
        except backup.BackupError as exc:
            self.prompts.warn(self, self.tr("No backup was made"), explain(exc))
            return
        self.reload()
        for row, item in enumerate(self.backups):
            if item.path == path:
                self.table.selectRow(row)

    @Slot()
    def _on_restore(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            return
        try:
            backup.check_backup(chosen.path)
        except backup.BackupError as exc:
            self.prompts.warn(self, self.tr("This backup cannot be restored"), explain(exc))
            return
        if not self.prompts.ask(self, self.tr("Restore backup"), self.tr(
                "Replace the database with the backup of {date}? The database as it is now is "
                "backed up first, so this can be undone from this list.")
                .format(date=format_moment(chosen.created))):
            return
        self.chosen = chosen.path
        self.accept()
