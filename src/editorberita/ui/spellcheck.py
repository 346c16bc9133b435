"""Spell checking in the editor, the headline, the sub-headline and the lead: the underlines.

Each field asks ``ui.spellservice.SpellService`` (the dictionary in a child process) which words
of the lines in view are misspelt and underlines them; the answers arrive later and repaint
only what changed. Right-click offers ``ui.spellmenu.SpellMenu``.
"""

from __future__ import annotations

import logging
import re
import time

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QSignalBlocker,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from editorberita.core.spelling import (
    WordSpan,
)
from editorberita.typing_compat import override
from editorberita.ui.highlighter import SPELL_COLOR, MarkdownHighlighter, underline
from editorberita.ui.spellmenu import SpellMenu
from editorberita.ui.spellservice import SpellService

logger = logging.getLogger(__name__)

VISIBLE_MARGIN = 3  # blocks above and below the view checked as well (smooth scrolling)
SCROLL_DELAY_MS = 30
REFRESH_SLICE_S = 0.004  # underlining again after an answer: at most this long per event
# ------------------------------------------------------------------- underlines


class EditorSpelling(QObject):
    """Underlines in the Markdown editor, for the blocks in view only, plus the context menu."""

    def __init__(self, editor: QPlainTextEdit, highlighter: MarkdownHighlighter,
                 service: SpellService) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        self.service = service
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCROLL_DELAY_MS)
        self._timer.timeout.connect(self.refresh_view)
        editor.verticalScrollBar().valueChanged.connect(self.schedule)
        editor.document().blockCountChanged.connect(self.schedule)
        editor.viewport().installEventFilter(self)
        self._cursor_block = 0
        editor.cursorPositionChanged.connect(self._on_cursor_moved)
        self._stale: list[QTextBlock] = []  # blocks to underline again, a few at a time
        self._drain = QTimer(self)
        self._drain.setSingleShot(True)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._refresh_stale)
        service.ready.connect(self.refresh_all)
        service.changed.connect(self.refresh_all)
        service.looked_up.connect(self.refresh_words)
        self.menu = SpellMenu(editor, service)
        self.refresh_all()

    def visible_range(self) -> tuple[int, int]:
        """Return the first and last block numbers in view, with a small margin."""
        first = self.editor.firstVisibleBlock().blockNumber()
        bottom = self.editor.cursorForPosition(
            QPoint(0, self.editor.viewport().height() - 1)).blockNumber()
        return max(0, first - VISIBLE_MARGIN), bottom + VISIBLE_MARGIN

    @Slot()
    def schedule(self) -> None:
        """Check the blocks in view again shortly (after a scroll, a resize, new lines)."""
        self._timer.start()

    @Slot()
    def refresh_view(self) -> None:
        """Check the blocks that came into view since the last check."""
        if not self.service.active:
            return
        old_first, old_last = self.highlighter.visible_blocks
        first, last = self.visible_range()
        self.highlighter.visible_blocks = (first, last)
        document = self.editor.document()
        for number in range(first, last + 1):  # a few per event: see _refresh_stale
            if not old_first <= number <= old_last:
                block = document.findBlockByNumber(number)
                if block.isValid() and block not in self._stale:
                    self._stale.append(block)
        if self._stale:
            self._drain.start()

    @Slot()
    def _on_cursor_moved(self) -> None:
        """Check the word just left behind: the block the cursor left is highlighted again."""
        number = self.editor.textCursor().blockNumber()
        left, self._cursor_block = self._cursor_block, number
        if left != number and self.service.active:
            block = self.editor.document().findBlockByNumber(left)
            first, last = self.highlighter.visible_blocks
            if block.isValid() and first <= left <= last:
                with QSignalBlocker(self.editor.document()):
                    self.highlighter.rehighlightBlock(block)

    def _misspelt(self, text: str) -> list[WordSpan]:
        """Return the misspelt words of the block being highlighted, except the one being typed."""
        cursor = self.editor.textCursor()
        typing = self.highlighter.currentBlock() == cursor.block()
        return self.service.misspelt(text, cursor.positionInBlock() if typing else None)

    @Slot(object)
    def refresh_words(self, words: set[str]) -> None:
        """Underline again the blocks in view that hold words the child just found misspelt.

        A few blocks per turn of the event loop (``REFRESH_SLICE_S``): an answer arriving
        while the user types never holds a keystroke up for long.
        """
        if not self.service.active:
            return
        alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")
        first, last = self.highlighter.visible_blocks
        block = self.editor.document().findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            if pattern.search(block.text()) and block not in self._stale:
                self._stale.append(block)
            block = block.next()
        if self._stale:
            self._drain.start()

    @Slot()
    def _refresh_stale(self) -> None:
        """Underline again the blocks queued by ``refresh_words`` and ``refresh_view``.

        New underlines are not an edit: the document's signals are blocked (no textChanged).
        """
        deadline = time.perf_counter() + REFRESH_SLICE_S
        document = self.editor.document()
        with QSignalBlocker(document):
            while self._stale and time.perf_counter() < deadline:
                block = self._stale.pop(0)
                if block.isValid() and self.service.active:
                    self.highlighter.rehighlightBlock(block)
        if self._stale:
            self._drain.start()

    @Slot()
    def refresh_all(self) -> None:
        """Underline again every block in view (dictionary loaded, words added, switched)."""
        self.highlighter.set_spell_function(self._misspelt if self.service.active else None)
        first, last = self.visible_range()
        self.highlighter.visible_blocks = (first, last)
        document = self.editor.document()
        block = document.findBlockByNumber(first)
        with QSignalBlocker(document):
            while block.isValid() and block.blockNumber() <= last:
                self.highlighter.rehighlightBlock(block)
                block = block.next()

    def after_load(self) -> None:
        """Check the view of a newly loaded text (setPlainText highlighted it unchecked)."""
        self.highlighter.visible_blocks = (0, -1)
        self.refresh_all()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False


class PlainSpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words in a small plain-text field (the lead)."""

    def __init__(self, document: QTextDocument, service: SpellService) -> None:
        super().__init__(document)
        self.service = service
        service.ready.connect(self.refresh)
        service.changed.connect(self.refresh)
        service.looked_up.connect(self.refresh)

    @Slot()
    def refresh(self) -> None:
        """Underline again, without the field reporting an edit."""
        document = self.document()
        if document is not None:
            with QSignalBlocker(document):
                self.rehighlight()

    @override
    def highlightBlock(self, text: str) -> None:
        underline(self, self.service.misspelt(text))


class LineEditSpelling(QObject):
    """Underlines misspelt words in a QLineEdit (the headline, the sub-headline).

    A QLineEdit draws per-character formats only as input-method formatting, so the underline
    is handed over as a ``QInputMethodEvent`` with ``TextFormat`` attributes and no text: the
    field stays a real QLineEdit (undo, completion, shortcuts) and Qt draws the wave itself.
    """

    def __init__(self, edit: QLineEdit, service: SpellService) -> None:
        super().__init__(edit)
        self.edit = edit
        self.service = service
        self.spans: list[WordSpan] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        edit.textChanged.connect(self._schedule)
        edit.cursorPositionChanged.connect(self._schedule)
        service.ready.connect(self.refresh)
        service.changed.connect(self.refresh)
        service.looked_up.connect(self._schedule)
        self.menu = SpellMenu(edit, service)

    @Slot()
    def _schedule(self) -> None:
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Underline the misspelt words of the current text."""
        self.spans = self.service.misspelt(self.edit.text())
        cursor = self.edit.cursorPosition()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(QColor(SPELL_COLOR))
        attributes = [QInputMethodEvent.Attribute(
            QInputMethodEvent.AttributeType.TextFormat, span.start - cursor,
            span.end - span.start, fmt) for span in self.spans]
        event = QInputMethodEvent("", attributes)
        self.edit.inputMethodEvent(event)


def install_spelling(editor: QPlainTextEdit, highlighter: MarkdownHighlighter,
                     headline: QLineEdit, lead: QPlainTextEdit, service: SpellService,
                     subheadline: QLineEdit | None = None,
                     ) -> tuple[EditorSpelling, LineEditSpelling, PlainSpellHighlighter,
                                LineEditSpelling | None]:
    """Attach spell checking to the editor, the headline, the lead and the sub-headline."""
    return (EditorSpelling(editor, highlighter, service), LineEditSpelling(headline, service),
            PlainSpellHighlighter(lead.document(), service),
            LineEditSpelling(subheadline, service) if subheadline is not None else None)
