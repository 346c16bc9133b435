"""The one seam for questions, messages and file choosers (Mu's ``view.show_message`` shape).

Every yes/no question, warning, error box, text or list prompt and file or folder chooser of
the window goes through one ``Prompts`` object handed in by the composition root. Production
uses Qt's standard dialogs; tests hand in a scripted object with the same methods, so no test
patches a Qt static and no production class keeps a hook for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:  # the dialogs load when first asked
    from editorberita.core.domain import Article
    from editorberita.ui.conflictdialog import ConflictChoice

Button = QMessageBox.StandardButton


class Prompts:
    """Asks the user through Qt's standard dialogs."""

    def ask(self, parent: QWidget | None, title: str, text: str, *,
            default_no: bool = False) -> bool:
        """Ask a yes/no question; True on Yes. ``default_no`` makes No the default button."""
        buttons = Button.Yes | Button.No
        default = Button.No if default_no else Button.NoButton
        return QMessageBox.question(parent, title, text, buttons, default) == Button.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something that went well or needs no decision."""
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user why something was not done."""
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user about a failure that stops the job."""
        QMessageBox.critical(parent, title, text)

    def choose(self, parent: QWidget | None, title: str, text: str,
               choices: Sequence[tuple[str, str]], default: str) -> str:
        """Offer named choices (key, label) and Cancel as a warning; return a key or "cancel".

        The first choice is the accepting one; the others are extra actions.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = {}
        for index, (key, label) in enumerate(choices):
            role = (QMessageBox.ButtonRole.AcceptRole if index == 0
                    else QMessageBox.ButtonRole.ActionRole)
            buttons[key] = box.addButton(label, role)
        cancel = box.addButton(Button.Cancel)
        box.setDefaultButton(buttons.get(default, cancel))
        box.exec()
        clicked = box.clickedButton()
        return next((key for key, button in buttons.items() if button is clicked), "cancel")

    def resolve_conflict(self, parent: QWidget | None, mine: Article,
                         theirs: Article | None) -> ConflictChoice:
        """Show my text and the one saved elsewhere side by side; return what to keep."""
        from editorberita.ui.conflictdialog import ConflictDialog

        dialog = ConflictDialog(mine, theirs, parent)
        dialog.exec()
        return dialog.choice

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        """Ask for one line of text; None when cancelled."""
        answer, ok = QInputDialog.getText(parent, title, label, text=value)
        return answer if ok else None

    def item(self, parent: QWidget | None, title: str, label: str,
             items: Sequence[str]) -> str | None:
        """Ask for one of ``items`` (the first is preselected); None when cancelled."""
        answer, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
        return answer if ok else None

    def open_file(self, parent: QWidget | None, title: str, folder: str,
                  filters: str) -> Path | None:
        """Ask for a file to read; None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  filters: str) -> Path | None:
        """Ask where to write a file; None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def folder(self, parent: QWidget | None, title: str, start: str) -> Path | None:
        """Ask for a folder; None when cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(name) if name else None
