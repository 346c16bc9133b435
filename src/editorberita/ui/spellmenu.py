"""The spelling context menu of a text field: suggestions, "Tambahkan ke kamus", "Abaikan".

Suggestions arrive from the spell worker later: the menu shows "Mencari saran…" first and
fills itself in when the answer comes, without closing.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

from editorberita.core.domain import EditorBeritaError
from editorberita.core.spelling import (
    WordSpan,
)
from editorberita.typing_compat import override
from editorberita.ui.messages import explain
from editorberita.ui.spellservice import SpellService

logger = logging.getLogger(__name__)




class SpellMenu(QObject):
    """Adds suggestions, "Tambahkan ke kamus" and "Abaikan" to a text field's context menu."""

    def __init__(self, widget: QLineEdit | QPlainTextEdit, service: SpellService) -> None:
        super().__init__(widget)
        self.widget = widget
        self.service = service
        self.menu: QMenu | None = None
        self._pending: tuple[str, QAction] | None = None
        self._target: tuple[int, int] | None = None  # absolute start, end of the word
        target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
        target.installEventFilter(self)
        service.suggestions_ready.connect(self._on_suggestions)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and self.service.active:
            assert isinstance(event, QContextMenuEvent)
            menu = self.build_menu(event.pos())
            if menu is not None:
                menu.exec(event.globalPos())
                menu.deleteLater()
                self.menu = None
                return True
        return False

    def misspelt_at(self, pos: QPoint) -> tuple[WordSpan, int] | None:
        """Return the misspelt word under a point of the widget and its line's offset."""
        if isinstance(self.widget, QPlainTextEdit):
            cursor = self.widget.cursorForPosition(pos)
            block = cursor.block()
            span = self.service.word_at(block.text(), cursor.positionInBlock())
            return (span, block.position()) if span else None
        position = self.widget.cursorPositionAt(pos)
        span = self.service.word_at(self.widget.text(), position)
        return (span, 0) if span else None

    def build_menu(self, pos: QPoint) -> QMenu | None:
        """Return the context menu for a point: the standard one, with spelling on top."""
        found = self.misspelt_at(pos)
        # A single-line field's standard menu takes no position (passing one raised TypeError).
        menu = (self.widget.createStandardContextMenu(pos)
                if isinstance(self.widget, QPlainTextEdit)
                else self.widget.createStandardContextMenu())
        if menu is None:
            return None
        menu.setParent(self.widget, menu.windowFlags())
        self.menu = menu
        if found is None:
            return menu
        span, offset = found
        self._target = (offset + span.start, offset + span.end)
        actions = menu.actions()
        if not actions:  # the standard menu always has entries; without them, nothing to add
            return menu
        first = actions[0]
        waiting = QAction(self.tr("Looking for suggestions…"), menu)
        waiting.setEnabled(False)
        add = QAction(self.tr("Add to dictionary"), menu)
        add.setObjectName("spell_add_action")
        add.setToolTip(self.tr("Add the word to the desk's word list, for everyone using this "
                               "database"))
        add.triggered.connect(partial(self._on_add, span.word))
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.setObjectName("spell_ignore_action")
        ignore.triggered.connect(partial(self._on_ignore, span.word))
        menu.insertAction(first, waiting)
        menu.insertSeparator(first)
        menu.insertAction(first, add)
        menu.insertAction(first, ignore)
        menu.insertSeparator(first)
        self._pending = (span.word, waiting)
        self.service.request_suggestions(span.word)
        return menu

    @Slot(str, list)
    def _on_suggestions(self, word: str, suggestions: list[str]) -> None:
        """Put the suggestions in place of "Mencari saran…" (the menu may be open)."""
        if self._pending is None or self._pending[0] != word or self.menu is None:
            return
        _, waiting = self._pending
        self._pending = None
        menu = self.menu
        if not suggestions:
            waiting.setText(self.tr("No suggestions"))
            return
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setObjectName("spell_suggestion_action")
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(partial(self.replace, suggestion))
            menu.insertAction(waiting, action)
        menu.removeAction(waiting)

    def replace(self, text: str) -> None:
        """Replace the word the menu was opened on (one undo step)."""
        if self._target is None:
            return
        start, end = self._target
        if isinstance(self.widget, QPlainTextEdit):
            cursor = QTextCursor(self.widget.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
        else:
            self.widget.setSelection(start, end - start)
            self.widget.insert(text)

    @Slot(str)
    def _on_add(self, word: str) -> None:
        try:
            self.service.add_to_dictionary(word)
        except EditorBeritaError as exc:
            self.service.failed.emit(explain(exc))

    @Slot(str)
    def _on_ignore(self, word: str) -> None:
        self.service.ignore(word)
