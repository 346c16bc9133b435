"""The newsroom's record in the window (issue 16): credits, verification flag, right of reply,
corrections and the "Baca juga" story picker.

``RecordFields`` sits in the metadata form's "more" box (ui/metadata.py builds it and calls
``set_article``/``apply_to``), so its fields are saved with the article like any other.
Corrections are records, not fields: ``CorrectionsBox`` adds them to the store at once.
``StoryPicker`` is a small search dialog over the archive. ``RecordController`` gives them
the store and the editor, and registers the "Insert related story" action; the main window
builds it with one line. No SQL here: everything goes through ``ArticleStore``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Article, EditorBeritaError, Status
from editorberita.ui.messages import explain

if TYPE_CHECKING:
    from editorberita.core.corrections import Correction
    from editorberita.core.store import ArticleStore
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession

# (id, headline, date text) of a story the picker offers.
StoryRow = tuple[int, str, str]
Search = Callable[[str], Sequence[StoryRow]]


class CorrectionsBox(QWidget):
    """The article's corrections, oldest first, and a line to add one (stored at once)."""

    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("corrections_list")
        self.list.setMaximumHeight(60)
        self.list.setWordWrap(True)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("correction_edit")
        self.text_edit.setPlaceholderText(self.tr("Correction: what was wrong and what is right"))
        self.add_button = QPushButton(self.tr("Add correction"), self)
        self.add_button.setObjectName("add_correction_button")
        self.add_button.setToolTip(self.tr(
            "Printed under the text of every export with its date and time, as the Dewan Pers "
            "guideline asks"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.add_button.clicked.connect(self._on_add)
        self.text_edit.returnPressed.connect(self._on_add)

    def show_corrections(self, corrections: Sequence[Correction]) -> None:
        """List the corrections as every export prints them."""
        self.list.clear()
        for correction in corrections:
            self.list.addItem(QListWidgetItem(correction.line()))
        self.list.setVisible(bool(corrections))

    @Slot()
    def _on_add(self) -> None:
        text = self.text_edit.text().strip()
        if text:
            self.add_requested.emit(text)


class RecordFields(QWidget):
    """Editor credit, verification flag, right-of-reply link and corrections of one article."""

    edited = Signal()
    choose_reply_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_fields")
        self._reply_to_id: int | None = None
        #: Returns "#12 Headline" for an article id (set by RecordController).
        self.describe: Callable[[int], str] = lambda article_id: f"#{article_id}"
        #: Called with each article shown (RecordController lists its corrections).
        self.article_shown: Callable[[Article], None] = lambda _article: None
        self.editor_edit = QLineEdit(self)
        self.editor_edit.setObjectName("editor_edit")
        self.editor_edit.setPlaceholderText(self.tr("Editor"))
        self.editor_edit.setToolTip(self.tr("Printed as “Penulis: … | Editor: …”"))
        self.editor_initials_edit = QLineEdit(self)
        self.editor_initials_edit.setObjectName("editor_initials_edit")
        self.editor_initials_edit.setPlaceholderText(self.tr("Editor's initials"))
        self.editor_initials_edit.setToolTip(self.tr("Closes the story after the writer's: "
                                                     "(rw/ed)"))
        self.editor_initials_edit.setMaximumWidth(110)
        self.unverified_check = QCheckBox(self.tr("Not yet fully verified"), self)
        self.unverified_check.setObjectName("unverified_check")
        self.unverified_check.setToolTip(self.tr(
            "Prints “Berita ini masih memerlukan verifikasi lebih lanjut.” at the end"))
        self.reply_label = QLabel(self)
        self.reply_label.setObjectName("reply_label")
        self.reply_choose = QPushButton(self.tr("Reply to…"), self)
        self.reply_choose.setObjectName("reply_choose_button")
        self.reply_choose.setToolTip(self.tr("Make this a right of reply to a story of the desk; "
                                             "both exports link to each other"))
        self.reply_clear = QPushButton(self.tr("Unlink"), self)
        self.reply_clear.setObjectName("reply_clear_button")
        self.corrections = CorrectionsBox(self)

        credits = QHBoxLayout()
        credits.setContentsMargins(0, 0, 0, 0)
        credits.addWidget(self.editor_edit, 3)
        credits.addWidget(self.editor_initials_edit, 1)
        credits.addWidget(self.unverified_check)
        reply = QHBoxLayout()
        reply.setContentsMargins(0, 0, 0, 0)
        reply.addWidget(self.reply_label, 1)
        reply.addWidget(self.reply_choose)
        reply.addWidget(self.reply_clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(credits)
        layout.addLayout(reply)
        layout.addWidget(self.corrections)

        self.editor_edit.textChanged.connect(self.edited)
        self.editor_initials_edit.textChanged.connect(self.edited)
        self.unverified_check.toggled.connect(self.edited)
        self.reply_choose.clicked.connect(self.choose_reply_requested)
        self.reply_clear.clicked.connect(lambda: self.set_reply_to(None, edited=True))
        self._show_reply()

    def set_article(self, article: Article) -> None:
        """Show an article's record fields (the caller blocks ``edited`` while loading)."""
        self.editor_edit.setText(article.editor)
        self.editor_initials_edit.setText(article.editor_initials)
        self.unverified_check.setChecked(article.unverified)
        self.set_reply_to(article.reply_to_id)
        self.article_shown(article)

    def apply_to(self, article: Article) -> Article:
        """Return ``article`` with the record fields' values."""
        return article.copy(editor=self.editor_edit.text().strip(),
                            editor_initials=self.editor_initials_edit.text().strip(),
                            unverified=self.unverified_check.isChecked(),
                            reply_to_id=self._reply_to_id)

    def set_reply_to(self, article_id: int | None, *, edited: bool = False) -> None:
        """Link (or unlink) the story this one answers as a right of reply."""
        self._reply_to_id = article_id
        self._show_reply()
        if edited:
            self.edited.emit()

    def _show_reply(self) -> None:
        if self._reply_to_id is None:
            self.reply_label.setText(self.tr("Not a right of reply"))
        else:
            self.reply_label.setText(self.tr("Right of reply to {story}").format(
                story=self.describe(self._reply_to_id)))
        self.reply_clear.setEnabled(self._reply_to_id is not None)


class StoryPicker(QDialog):
    """Find a story of the archive by words of its headline or text; returns its id."""

    def __init__(self, search: Search, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("story_picker")
        self.setWindowTitle(title)
        self._search = search
        self.query_edit = QLineEdit(self)
        self.query_edit.setObjectName("story_query")
        self.query_edit.setPlaceholderText(self.tr("Search the archive"))
        self.results = QListWidget(self)
        self.results.setObjectName("story_results")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.query_edit.textChanged.connect(self.refresh)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentRowChanged.connect(self._update_ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.refresh("")

    @Slot(str)
    def refresh(self, query: str) -> None:
        """Show the stories that match ``query`` (the newest ones when it is empty)."""
        self.results.clear()
        for article_id, headline, date_text in self._search(query.strip()):
            item = QListWidgetItem(f"{headline} — {date_text}" if date_text else headline)
            item.setData(Qt.ItemDataRole.UserRole, (article_id, headline))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.results.currentItem() is not None)

    def chosen(self) -> tuple[int, str] | None:
        """Return (id, headline) of the selected story, or None."""
        item = self.results.currentItem()
        if item is None:
            return None
        story_id, headline = item.data(Qt.ItemDataRole.UserRole)
        return int(story_id), str(headline)


class RecordController(QObject):
    """Gives the record fields the store, adds corrections, inserts "Baca juga" links.

    Built by the main window with the session, the panes (the form's ``record_fields`` and
    status box, the editor), the prompts and the action registry.
    """

    def __init__(self, session: ArticleSession, panes: Panes, prompts: Prompts,
                 actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.session, self.panes, self.prompts, self.window = session, panes, prompts, window
        fields: RecordFields = panes.metadata.record_fields
        self.fields = fields
        fields.describe = self.describe
        fields.article_shown = self.show_article
        fields.choose_reply_requested.connect(self.choose_reply)
        fields.corrections.add_requested.connect(self.add_correction)
        self.insert_related_action = actions.create(
            "insert_related", self.tr("Insert &related story…"), self.insert_related,
            QKeySequence("Ctrl+Shift+R"),
            self.tr("Insert a “Baca juga” link to a story of the archive at the cursor"))

    @property
    def store(self) -> ArticleStore | None:
        """Return the open store, or None before start-up has opened it."""
        return self.session.store if self.session.is_open else None

    def describe(self, article_id: int) -> str:
        """Return "#12 “Headline”" for a story of the desk (or "#12" when it is gone)."""
        if self.store is None:
            return f"#{article_id}"
        found = self.store.get_articles([article_id]).get(article_id)
        return f"#{article_id} “{found.headline}”" if found is not None else f"#{article_id}"

    def search(self, query: str) -> list[StoryRow]:
        """Return stories matching ``query`` (newest first when empty), never the open one."""
        from editorberita.core.domain import ArticleFilter
        from editorberita.core.textid import format_short_date_id

        if self.store is None:
            return []
        current = self.session.current
        rows = (self.store.search(query, limit=50) if query else
                self.store.list_articles(ArticleFilter(), limit=50))
        return [(r.id, r.headline, format_short_date_id(r.published_at) if r.published_at
                 else "") for r in rows if current is None or r.id != current.id]

    def pick(self, title: str) -> tuple[int, str] | None:
        """Show the story picker; return (id, headline) or None."""
        picker = StoryPicker(self.search, title, self.window)
        return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else None

    def show_article(self, article: Article | None) -> None:
        """List the corrections of the article the form shows."""
        corrections = (self.store.corrections(article.id)
                       if self.store is not None and article is not None and article.id
                       else [])
        self.fields.corrections.show_corrections(corrections)

    @Slot()
    def refresh(self) -> None:
        """Show the open article's corrections again (the form may show the article before
        the store is open: start-up's quick read)."""
        self.show_article(self.session.current)

    @Slot()
    def choose_reply(self) -> None:
        """Link the open article, as a right of reply, to a story chosen in the picker."""
        chosen = self.pick(self.tr("Right of reply to which story?"))
        if chosen is not None:
            self.fields.set_reply_to(chosen[0], edited=True)

    @Slot(str)
    def add_correction(self, text: str) -> None:
        """Store a correction of the open article; a published story becomes "Ralat"."""
        current = self.session.current
        if self.store is None or current is None or current.id is None:
            return
        who = self.fields.editor_edit.text().strip() or current.editor or current.byline
        try:
            self.store.add_correction(current.id, text, who)
        except EditorBeritaError as exc:
            self.prompts.warn(self.window, self.tr("Correction"), explain(exc))
            return
        self.fields.corrections.text_edit.clear()
        status = self.panes.metadata.status_combo
        if status.currentData() == Status.PUBLISHED.value:
            status.setCurrentIndex(status.findData(Status.CORRECTED.value))
        self.refresh()
        self.session.forget_record()  # the ralat shows under the text at once
        self.panes.preview.refresh_record()

    @Slot()
    def insert_related(self) -> None:
        """Insert "**Baca juga:** [Headline](artikel:N)" as a paragraph at the cursor."""
        from editorberita.core.storylinks import read_also_markdown

        if self.session.current is None:
            return
        chosen = self.pick(self.tr("Insert related story"))
        if chosen is None:
            return
        editor = self.panes.editor
        cursor = editor.textCursor()
        cursor.insertText(f"\n\n{read_also_markdown(chosen[1], chosen[0])}\n\n")
        editor.setTextCursor(cursor)
