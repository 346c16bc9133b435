"""The desk word list dialog (*Kamus redaksi*): the spelling words this database shares.

Lists the words everyone on the database taught the spell checker ("Kaltim", "Diskominfo"),
with a filter and a count; adds a word, removes the selected ones (asking once), and imports or
exports a plain-text list (one word a line, UTF-8). Every change is stored first and then told
to the running spell checker (``SpellService.desk_words_changed``), so underlines follow at once.
On a read-only database the list can be read and exported, not changed. May import
``core.domain``, ``core.wordlist``, ``core.store`` (the store object only), ``ui.spellservice``
and PySide6.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import EditorBeritaError
from editorberita.core.wordlist import (
    desk_word_problem,
    read_word_list_file,
    write_word_list_file,
)
from editorberita.typing_compat import override
from editorberita.ui.messages import explain
from editorberita.ui.prompts import Prompts

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore
    from editorberita.ui.spellservice import SpellService

logger = logging.getLogger(__name__)

EXPORT_NAME = "kamus-redaksi.txt"
SHOWN_REJECTS = 3  # skipped lines named in the import summary
# The colours of the window's read-only banner (ui.readonly), on a label.
BANNER_STYLE = ("QLabel#desk_words_banner { background: #fff4ce; border: 1px solid #d9b500; "
                "color: #3d3000; padding: 6px; }")


class DeskWordsDialog(QDialog):
    """Shows and edits the desk word list of one database."""

    def __init__(self, store: ArticleStore, spell: SpellService | None = None,
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts if prompts is not None else Prompts()
        self.setObjectName("desk_words_dialog")
        self.store = store
        self.spell = spell
        self.editable = not store.read_only
        self.setWindowTitle(self.tr("Desk word list"))
        self.setMinimumSize(440, 480)

        intro = QLabel(self.tr("Words the spell checker accepts for everyone using this "
                               "database: names of places, offices and people."), self)
        intro.setWordWrap(True)
        self.banner = QLabel(self.tr(
            "This database is open read-only (another EditorBerita window has it open): the "
            "list can be read and exported, not changed."), self)
        self.banner.setObjectName("desk_words_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(not self.editable)

        self.word_edit = QLineEdit(self)
        self.word_edit.setObjectName("desk_word_edit")
        self.word_edit.setPlaceholderText(self.tr("New word, e.g. Diskominfo"))
        self.word_edit.setMaxLength(100)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("desk_word_add")
        self.add_button.setToolTip(self.tr("Add the word to the list (Enter)"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.word_edit, 1)
        add_row.addWidget(self.add_button)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("desk_word_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter the list…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("desk_word_count")
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)

        self.model = QStringListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView(self)
        self.view.setObjectName("desk_word_list")
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("desk_word_message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("desk_word_remove")
        self.remove_button.setToolTip(self.tr("Remove the selected words (Delete)"))
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("desk_word_import")
        self.import_button.setToolTip(self.tr("Add the words of a text file, one word a line"))
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("desk_word_export")
        self.export_button.setToolTip(self.tr("Save the list as a text file, one word a line"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addLayout(add_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(tools)
        layout.addWidget(buttons)

        self.word_edit.returnPressed.connect(self.add_typed_word)
        self.add_button.clicked.connect(self.add_typed_word)
        self.word_edit.textChanged.connect(self._update_buttons)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        for button in self.findChildren(QPushButton):  # Enter adds a word, never closes
            button.setAutoDefault(False)
            button.setDefault(False)
        for widget in (self.word_edit, self.add_button, self.import_button):
            widget.setEnabled(self.editable)
        if not self.editable:
            self.word_edit.setPlaceholderText(self.tr("Read-only: no new words"))
        self.reload()
        (self.word_edit if self.editable else self.filter_edit).setFocus()

    # ---------------------------------------------------------------- list

    def words(self) -> list[str]:
        """Return every word of the list, as stored (sorted)."""
        return self.model.stringList()

    def shown_words(self) -> list[str]:
        """Return the words the filter lets through, in list order."""
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]

    def selected_words(self) -> list[str]:
        """Return the selected words, in list order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [str(self.proxy.index(row, 0).data()) for row in rows]

    def reload(self) -> None:
        """Read the list from the database again (another window may have changed it)."""
        self.model.setStringList(self.store.desk_words())
        self._update_count()
        self._update_buttons()

    def select_word(self, word: str) -> None:
        """Select and show one word of the list (clears the filter if it hides the word)."""
        rows = self.words()
        if word not in rows:
            return
        index = self.proxy.mapFromSource(self.model.index(rows.index(word), 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(rows.index(word), 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%Ln word(s)", "", total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(
                shown=self.locale().toString(shown), total=self.locale().toString(total)))

    @Slot()
    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.editable and bool(self.word_edit.text().strip()))
        self.remove_button.setEnabled(self.editable and bool(self.selected_words()))

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.message_label.setText(text)

    # ------------------------------------------------------------- changes

    def _changed(self, added: list[str], removed: list[str]) -> None:
        """Show the stored list again and tell the spell checker."""
        self.reload()
        if self.spell is not None and (added or removed):
            self.spell.desk_words_changed(added, removed)

    def _refuse(self, message: str) -> None:
        self.prompts.warn(self, self.tr("Desk word list"), message)

    @Slot()
    def add_typed_word(self) -> None:
        """Add the word typed in the field."""
        if not self.editable:
            return
        word = self.word_edit.text().strip()
        if not word:
            return
        problem = desk_word_problem(word)
        if problem is not None:
            self._refuse(explain(problem))
            return
        added = self._store_words(add=[word])
        if added is None:
            return
        self.word_edit.clear()
        self._say(self.tr("“{word}” added.").format(word=word) if added
                  else self.tr("“{word}” is on the list already.").format(word=word))
        self.select_word(word)

    @Slot()
    def remove_selected(self) -> None:
        """Remove the selected words, after asking once."""
        words = self.selected_words()
        if not self.editable or not words:
            return
        question = self.tr("Remove %n word(s) from the desk word list? The spell checker will "
                           "mark them again for everyone using this database.", "", len(words))
        if len(words) == 1:
            question = self.tr("Remove “{word}” from the desk word list? The spell checker will "
                               "mark it again for everyone using this database.").format(
                word=words[0])
        if not self.prompts.ask(self, self.tr("Remove words"), question, default_no=True):
            return
        removed = self._store_words(remove=words)
        if removed is not None:
            self._say(self.tr("%n word(s) removed.", "", len(removed)))

    def _store_words(self, add: list[str] | None = None,
                     remove: list[str] | None = None) -> list[str] | None:
        """Write to the database; return the words changed, or None after a refusal."""
        try:
            if add:
                changed = self.store.add_desk_words(add)
                self._changed(changed, [])
            else:
                changed = self.store.remove_desk_words(remove or [])
                self._changed([], changed)
        except EditorBeritaError as exc:
            self._refuse(explain(exc))
            return None
        except Exception as exc:  # a locked or damaged database: say so, keep the dialog
            logger.exception("Changing the desk word list failed")
            self._refuse(self.tr("The word list could not be changed: {error}").format(
                error=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
            return None
        return changed

    # ----------------------------------------------------------- files

    @Slot()
    def import_file(self) -> None:
        """Add the words of a text file (one word a line, UTF-8)."""
        if not self.editable:
            return
        path = self.prompts.open_file(self, self.tr("Import word list"), "",
                                      self.tr("Word lists (*.txt *.dic *.lst);;All files (*)"))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import one file; a file that is not a word list changes nothing."""
        try:
            found = read_word_list_file(path)
        except EditorBeritaError as exc:
            self._refuse(explain(exc))
            return
        if not found.words:
            self._refuse(self.tr("{file} holds no words to import (one word a line).").format(
                file=path.name))
            return
        added = self._store_words(add=found.words)
        if added is None:
            return
        parts = [self.tr("%n new word(s) imported from {file}.", "", len(added)).format(
            file=path.name)]
        known = len(found.words) - len(added)
        if known:
            parts.append(self.tr("%n were on the list already.", "", known))
        if found.rejected:
            named = ", ".join(self.tr("line {line} “{text}”").format(line=line, text=text)
                              for line, text in found.rejected[:SHOWN_REJECTS])
            parts.append(self.tr("%n line(s) skipped (not one word): {lines}.", "",
                                 len(found.rejected)).format(
                lines=named + ("…" if len(found.rejected) > SHOWN_REJECTS else "")))
        self._say(" ".join(parts))
        if added:
            self.select_word(added[0])

    @Slot()
    def export_file(self) -> None:
        """Save the whole list as a text file."""
        path = self.prompts.save_file(self, self.tr("Export word list"), EXPORT_NAME,
                                      self.tr("Text files (*.txt);;All files (*)"))
        if path is not None:
            self.export_path(path)

    def export_path(self, path: Path) -> None:
        """Write the list to ``path`` (atomically: an old file stays whole on failure)."""
        words = self.store.desk_words()
        try:
            write_word_list_file(path, words)
        except EditorBeritaError as exc:
            self._refuse(explain(exc))
            return
        self._say(self.tr("%Ln word(s) saved to {file}.", "", len(words)).format(
            file=str(path)))

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete removes the selected words when the list has focus; Enter never closes."""
        if event.key() == Qt.Key.Key_Delete and self.view.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)
