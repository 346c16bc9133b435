"""The dialog that says another program holds the database's lock (``ui.recovery`` shows it).

Nothing is damaged: the editor may try again once the other program is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


class LockedDialog(QMessageBox):
    """Says that another program holds the database's lock: nothing is damaged, try again."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("locked_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The database is in use"))
        self.setText(self.tr(
            "The database {path} is locked by another program (for example a backup, sync or "
            "database tool). Nothing is damaged and nothing was changed. Close that program or "
            "wait until it is done, then try again.").format(path=str(db_path)))
        self.retry_button = self.addButton(self.tr("Try again"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)

    def try_again(self) -> bool:
        """Show the dialog; return whether the user chose to try again."""
        self.exec()
        return self.clickedButton() is self.retry_button
