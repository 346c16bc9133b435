"""Says that a server desk did not open, and offers the ways on: try again, change the
connection, open the local desk instead, or quit (the launcher, ``ui.recovery``, acts)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from editorberita.core.desklocation import DeskAddress
from editorberita.ui.connectdialog import desk_error_text

RETRY, CHANGE, LOCAL, QUIT = "retry", "change", "local", "quit"


class DeskUnavailableDialog(QMessageBox):
    """A server desk that won't open: what is wrong, in plain words, and a way back."""

    def __init__(self, exc: BaseException, address: DeskAddress,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk_unavailable_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The shared desk did not open"))
        self.setText(desk_error_text(exc, address))
        self.setInformativeText(self.tr(
            "You can try again, change the connection, or work on the local desk of this "
            "computer meanwhile."))
        retry = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self._choices: dict[QAbstractButton, str] = {
            retry: RETRY,
            self.addButton(self.tr("Change connection…"),
                           QMessageBox.ButtonRole.ActionRole): CHANGE,
            self.addButton(self.tr("Open the local desk"),
                           QMessageBox.ButtonRole.ActionRole): LOCAL,
            self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole): QUIT,
        }
        self.setDefaultButton(retry)

    def choose(self) -> str:
        """Show the dialog; return RETRY, CHANGE, LOCAL or QUIT (closed: QUIT)."""
        self.exec()
        return self._choices.get(self.clickedButton(), QUIT)
