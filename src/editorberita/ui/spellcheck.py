"""Spell checking in the editor, the headline and the lead: underlines and the right-click menu.

``SpellService`` loads the Indonesian dictionary on a worker thread (about half a second) and
computes suggestions there too (about 0.2 s each), so typing never waits for either; the GUI
thread only looks words up, and every answer is cached per word. The desk word list lives in the
database ("Tambahkan ke kamus" adds for everyone on it); "Abaikan" lasts for the session.
May import ``core.spelling``, ``core.storage`` (the store object only), ``ui.highlighter`` and
PySide6.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

from editorberita.core.domain import EditorBeritaError
from editorberita.core.spelling import (
    SEED_NAME,
    SpellChecker,
    WordSpan,
    check_spans,
    dictionary_folder,
    read_word_list,
)
from editorberita.typing_compat import override
from editorberita.ui.highlighter import SPELL_COLOR, MarkdownHighlighter, underline

logger = logging.getLogger(__name__)

VISIBLE_MARGIN = 3  # blocks above and below the view checked as well (smooth scrolling)
SCROLL_DELAY_MS = 30


class SpellService(QObject):
    """One spell checker for the window: loaded off the GUI thread, shared by every field."""

    ready = Signal()
    changed = Signal()  # words added or ignored, checking switched: underline everything again
    looked_up = Signal(object)  # the words the worker just looked up and found misspelt
    suggestions_ready = Signal(str, list)
    failed = Signal(str)

    def __init__(self, desk_words: Callable[[], list[str]],
                 add_desk_word: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk_words = desk_words
        self._add_desk_word = add_desk_word
        self._checker: SpellChecker | None = None
        self._enabled = True
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spell")
        self._loading: threading.Thread | None = None
        self._pending: set[str] = set()  # words waiting for the worker to look them up
        self._lookup_queued = False

    # ------------------------------------------------------------- lifecycle

    def start(self) -> None:
        """Begin loading the dictionary in the background (once)."""
        if self._loading is not None or self._checker is not None:
            return
        words = self._desk_words()  # a quick query, on the thread that owns the store
        self._loading = threading.Thread(target=self._load, args=(words,), daemon=True,
                                         name="spell-load")
        self._loading.start()

    def _load(self, words: list[str]) -> None:
        # The load makes ~300,000 objects: with the collector on, the collections they trigger
        # hold the GIL for up to 100 ms and the GUI thread stalls. So: no collection while
        # loading, then freeze the (long-lived) tables before collecting again, so that no
        # later collection ever walks them.
        gc.disable()
        try:
            checker = SpellChecker(extra_words=words)
        except Exception as exc:  # a damaged dictionary must not take the editor down
            logger.exception("Loading the dictionary failed")
            self.failed.emit(str(exc))
            return
        finally:
            gc.freeze()
            gc.enable()
        self._checker = checker
        self.ready.emit()  # queued to the GUI thread: the service lives there

    def wait_until_ready(self, timeout: float = 30.0) -> bool:
        """Block until the dictionary is loaded (tests, benchmarks); return success."""
        self.start()
        if self._loading is not None:
            self._loading.join(timeout)
        return self._checker is not None

    def shutdown(self) -> None:
        """Stop the suggestion worker (pending suggestions are dropped)."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    # ---------------------------------------------------------------- state

    @property
    def is_ready(self) -> bool:
        """Return True once the dictionary is loaded."""
        return self._checker is not None

    @property
    def active(self) -> bool:
        """Return True when words are checked now (loaded and switched on)."""
        return self._enabled and self._checker is not None

    @property
    def enabled(self) -> bool:
        """Return whether spell checking is switched on in the preferences."""
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        """Switch spell checking on or off."""
        if on != self._enabled:
            self._enabled = on
            if on:
                self.start()
            self.changed.emit()

    # ---------------------------------------------------------------- words

    def misspelt(self, line: str) -> list[WordSpan]:
        """Return the misspelt words of a line as far as known now; never waits for Hunspell.

        A word never seen before costs up to 20 ms in Hunspell ("pengungsian"), too much for a
        keystroke: it counts as correct for the moment and is looked up on the worker, which
        then emits ``changed`` so the fields underline again. Nothing until loaded, or when off.
        """
        checker = self._checker
        if checker is None or not self._enabled:
            return []
        wrong = []
        for span in check_spans(line):
            known = checker.known(span.word)
            if known is None:
                self._pending.add(span.word)
            elif not known:
                wrong.append(span)
        if self._pending and not self._lookup_queued:
            self._lookup_queued = True
            self._pool.submit(self._look_up_pending)
        return wrong

    def misspelt_now(self, line: str) -> list[WordSpan]:
        """Return the misspelt words of a line, looking up new words at once (the check)."""
        checker = self._checker
        if checker is None or not self._enabled:
            return []
        return checker.misspelt(line)

    def _look_up_pending(self) -> None:
        """Worker: look up the words the fields met, then ask them to underline again."""
        checker = self._checker
        self._lookup_queued = False
        words, self._pending = self._pending, set()
        if checker is None or not words:
            return
        wrong = set()
        for word in words:
            try:
                if not checker.check(word):
                    wrong.add(word)
            except Exception:  # one odd word must not stop checking
                logger.exception("Looking up %r failed", word)
        if wrong:  # words found correct already look correct: nothing to redraw
            self.looked_up.emit(wrong)

    def word_at(self, line: str, position: int) -> WordSpan | None:
        """Return the misspelt word of ``line`` that touches ``position``, if any."""
        for span in self.misspelt_now(line):
            if span.start <= position <= span.end:
                return span
        return None

    def add_to_dictionary(self, word: str) -> None:
        """Add a word to the desk word list (database) and accept it from now on."""
        self._add_desk_word(word)
        if self._checker is not None:
            self._checker.add_words([word])
        self.changed.emit()

    def desk_words_changed(self, added: Iterable[str] = (), removed: Iterable[str] = ()) -> None:
        """Follow edits the caller already stored in the desk word list (the Kamus dialog).

        Added words stop being underlined, removed ones are checked against the dictionary
        again (a word of the bundled seed list stays accepted). Changes made while the
        dictionary is still loading are applied once it is ready.
        """
        added, removed = list(added), list(removed)
        checker = self._checker
        if checker is None:
            if self._loading is not None:  # loading with the old list: apply when ready
                self.ready.connect(partial(self.desk_words_changed, added, removed),
                                   Qt.ConnectionType.SingleShotConnection)
            return
        if removed:
            seed = dictionary_folder() / SEED_NAME
            kept = set(read_word_list(seed)) if seed.exists() else set()
            for word in removed:
                if word not in kept:
                    checker.remove_word(word)
        checker.add_words(added)
        self.changed.emit()

    def ignore(self, word: str) -> None:
        """Accept a word until the editor closes."""
        if self._checker is not None:
            self._checker.ignore(word)
        self.changed.emit()

    def request_suggestions(self, word: str) -> None:
        """Compute corrections on the worker; ``suggestions_ready(word, list)`` follows."""
        checker = self._checker
        if checker is None:
            self.suggestions_ready.emit(word, [])
            return

        def work() -> None:
            try:
                found = checker.suggest(word)
            except Exception:
                logger.exception("Suggestions for %r failed", word)
                found = []
            self.suggestions_ready.emit(word, found)

        self._pool.submit(work)


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
        editor.verticalScrollBar().valueChanged.connect(self._schedule)
        editor.document().blockCountChanged.connect(self._schedule)
        editor.viewport().installEventFilter(self)
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
    def _schedule(self) -> None:
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
        with QSignalBlocker(document):  # new underlines are not an edit: no textChanged
            for number in range(first, last + 1):
                if not old_first <= number <= old_last:
                    block = document.findBlockByNumber(number)
                    if block.isValid():
                        self.highlighter.rehighlightBlock(block)

    def _misspelt(self, text: str) -> list[WordSpan]:
        """Return the misspelt words of the block being highlighted, except the one being typed."""
        spans = self.service.misspelt(text)
        cursor = self.editor.textCursor()
        if spans and self.highlighter.currentBlock() == cursor.block():
            at = cursor.positionInBlock()
            spans = [s for s in spans if s.end != at]
        return spans

    @Slot(object)
    def refresh_words(self, words: set[str]) -> None:
        """Underline again the blocks in view that hold words the worker just looked up."""
        if not self.service.active:
            return
        alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        pattern = re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])")
        first, last = self.highlighter.visible_blocks
        document = self.editor.document()
        block = document.findBlockByNumber(first)
        with QSignalBlocker(document):
            while block.isValid() and block.blockNumber() <= last:
                if pattern.search(block.text()):
                    self.highlighter.rehighlightBlock(block)
                block = block.next()

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
            self._schedule()
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
    """Underlines misspelt words in a QLineEdit (the headline).

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


# ------------------------------------------------------------------- context menu


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
        menu = self.widget.createStandardContextMenu(
            pos if isinstance(self.widget, QPlainTextEdit) else QPoint())
        if menu is None:
            return None
        menu.setParent(self.widget, menu.windowFlags())
        self.menu = menu
        if found is None:
            return menu
        span, offset = found
        self._target = (offset + span.start, offset + span.end)
        first = menu.actions()[0] if menu.actions() else None
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
            self.service.failed.emit(str(exc))

    @Slot(str)
    def _on_ignore(self, word: str) -> None:
        self.service.ignore(word)


def install_spelling(editor: QPlainTextEdit, highlighter: MarkdownHighlighter,
                     headline: QLineEdit, lead: QPlainTextEdit,
                     service: SpellService) -> tuple[EditorSpelling, LineEditSpelling,
                                                     PlainSpellHighlighter]:
    """Attach spell checking to the editor, the headline and the lead."""
    return (EditorSpelling(editor, highlighter, service), LineEditSpelling(headline, service),
            PlainSpellHighlighter(lead.document(), service))
