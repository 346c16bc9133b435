"""Spell checking in the editor, the headline, the sub-headline and the lead.

``SpellService`` runs the Indonesian dictionary (spylls, pure Python) in a child process
(``core.spellworker``) so that loading it (about half a second), looking words up and computing
suggestions (up to half a second each) never hold this process's GIL: the GUI thread only reads
a cache of answers, sends the words it has not met yet in batches and underlines again when the
answers arrive. If the child fails (killed, no dictionary), checking degrades to no underlines.
The desk word list lives in the database ("Tambahkan ke kamus" adds for everyone on it);
"Abaikan" lasts for the session. May import ``core.spelling``, ``core.spellworker``,
``core.store`` (the store object only), ``ui.highlighter`` and PySide6.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QDeadlineTimer,
    QEvent,
    QObject,
    QPoint,
    QProcess,
    QProcessEnvironment,
    QSignalBlocker,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

from editorberita.core.domain import EditorBeritaError
from editorberita.core.spelling import (
    SEED_NAME,
    WordSpan,
    check_spans,
    dictionary_folder,
    read_word_list,
)
from editorberita.core.spellworker import (
    Message,
    decode_lines,
    encode,
    worker_command,
    worker_environment,
)
from editorberita.typing_compat import override
from editorberita.ui.highlighter import SPELL_COLOR, MarkdownHighlighter, underline

logger = logging.getLogger(__name__)

VISIBLE_MARGIN = 3  # blocks above and below the view checked as well (smooth scrolling)
SCROLL_DELAY_MS = 30
REFRESH_SLICE_S = 0.004  # underlining again after an answer: at most this long per event
CHECK_NOW_TIMEOUT_MS = 10_000  # the pre-export check waits this long for the child at most
READY_TIMEOUT_S = 30.0


class SpellService(QObject):
    """One spell checker for the window, in a child process, shared by every field."""

    ready = Signal()
    changed = Signal()  # words added or ignored, checking switched: underline everything again
    looked_up = Signal(object)  # the words the child just looked up and found misspelt
    suggestions_ready = Signal(str, list)
    failed = Signal(str)

    def __init__(self, desk_words: Callable[[], list[str]],
                 add_desk_word: Callable[[str], bool], parent: QObject | None = None,
                 *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self._desk_words = desk_words
        self._add_desk_word = add_desk_word
        self._folder = folder  # another dictionary folder (tests)
        self._enabled = True
        self._process: QProcess | None = None
        self._ready = False
        self._stopping = False
        self._buffer = bytearray()
        self._cache: dict[str, bool] = {}  # word -> spelt correctly, as the child answered
        self._pending: set[str] = set()  # words met, not sent yet
        self._in_flight: int | None = None  # id of the one background batch being looked up
        self._next_id = 0
        self._answers: dict[int, Message] = {}  # answers awaited by misspelt_now
        self._suggesting: dict[int, str] = {}
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)

    # ------------------------------------------------------------- lifecycle

    def start(self) -> None:
        """Start the child process that loads the dictionary (once; again after a failure)."""
        if self._process is not None:
            return
        words = self._desk_words()  # a quick query, on the thread that owns the store
        process = QProcess(self)
        command = worker_command(self._folder)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        environment = QProcessEnvironment.systemEnvironment()
        for key, value in worker_environment().items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._stopping = False
        self._buffer.clear()
        process.start()
        if words:
            self._send({"op": "add", "words": list(words)})

    def wait_until_ready(self, timeout: float = READY_TIMEOUT_S) -> bool:
        """Block until the child has loaded the dictionary (tests, benchmarks); return success."""
        self.start()
        deadline = QDeadlineTimer(int(timeout * 1000))
        while not self._ready and self._process is not None and not deadline.hasExpired():
            self._process.waitForReadyRead(max(1, deadline.remainingTime()))
        return self._ready

    @Slot()
    def shutdown(self) -> None:
        """End the child now (the window closes); nothing in it needs saving."""
        process = self._process
        if process is None:
            return
        self._stopping = True
        process.kill()
        process.waitForFinished(2000)
        self._lost()

    def worker_pid(self) -> int | None:
        """Return the child's process id while it runs (tests)."""
        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return None
        return int(process.processId())

    # ---------------------------------------------------------------- state

    @property
    def is_ready(self) -> bool:
        """Return True once the dictionary is loaded."""
        return self._ready

    @property
    def active(self) -> bool:
        """Return True when words are checked now (loaded and switched on)."""
        return self._enabled and self._ready

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

    def misspelt(self, line: str, typing_at: int | None = None) -> list[WordSpan]:
        """Return the misspelt words of a line as far as known now; never waits for the child.

        A word not met before counts as correct for the moment and goes to the child in the
        next batch; ``looked_up`` follows with the wrong ones so the fields underline again.
        The word at ``typing_at`` (being typed or edited) is left alone: no underline when the
        cursor ends it, and its half-typed forms are not looked up. Nothing until loaded, or
        when off.
        """
        if not self._ready or not self._enabled:
            return []
        cache = self._cache
        wrong = []
        for span in check_spans(line):
            known = cache.get(span.word)
            if known is None:
                if typing_at is None or not span.start <= typing_at <= span.end:
                    self._pending.add(span.word)
            elif not known and span.end != typing_at:
                wrong.append(span)
        if self._pending and self._in_flight is None:
            self._flush_timer.start()
        return wrong

    def misspelt_now(self, line: str) -> list[WordSpan]:
        """Return the misspelt words of a line, waiting for the child's answer (the check)."""
        if not self._ready or not self._enabled:
            return []
        spans = list(check_spans(line))
        unknown = {s.word for s in spans if s.word not in self._cache}
        if unknown:
            self._check_now(unknown)
        return [s for s in spans if self._cache.get(s.word) is False]

    def _check_now(self, words: set[str]) -> None:
        """Look words up and wait for the answer (a dead child leaves them unknown)."""
        request = self._send({"op": "check", "words": sorted(words)})
        deadline = QDeadlineTimer(CHECK_NOW_TIMEOUT_MS)
        while (request not in self._answers and self._process is not None
               and not deadline.hasExpired()):
            self._process.waitForReadyRead(max(1, deadline.remainingTime()))
        self._answers.pop(request, None)

    @Slot()
    def _flush(self) -> None:
        """Send the words met since the last batch (one batch in flight at a time)."""
        if self._in_flight is not None or not self._pending or not self._ready:
            return
        words, self._pending = self._pending, set()
        words -= self._cache.keys()
        if words:
            self._in_flight = self._send({"op": "check", "words": sorted(words)})

    def word_at(self, line: str, position: int) -> WordSpan | None:
        """Return the misspelt word of ``line`` that touches ``position``, if any."""
        for span in self.misspelt_now(line):
            if span.start <= position <= span.end:
                return span
        return None

    def _forget_wrong(self, word: str) -> None:
        """Drop the cached "wrong" answers an added word may change (its forms, compounds)."""
        lower = word.lower()
        for known in [k for k, v in self._cache.items() if not v and lower in k.lower()]:
            del self._cache[known]

    def add_to_dictionary(self, word: str) -> None:
        """Add a word to the desk word list (database) and accept it from now on."""
        self._add_desk_word(word)
        self._send({"op": "add", "words": [word]})
        self._forget_wrong(word)
        self._cache[word] = True
        self.changed.emit()

    def desk_words_changed(self, added: Iterable[str] = (), removed: Iterable[str] = ()) -> None:
        """Follow edits the caller already stored in the desk word list (the Kamus dialog).

        Added words stop being underlined, removed ones are checked against the dictionary
        again (a word of the bundled seed list stays accepted). The child carries requests out
        in order, so changes sent while it still loads apply once it is ready; before it starts
        there is nothing to do (it reads the list afresh).
        """
        added, removed = list(added), list(removed)
        if self._process is None:
            return
        if removed:
            seed = (self._folder or dictionary_folder()) / SEED_NAME
            kept = set(read_word_list(seed)) if seed.exists() else set()
            removed = [word for word in removed if word not in kept]
        if removed:
            self._send({"op": "remove", "words": removed})
            for word in removed:  # every answer that may have leant on the word: ask again
                lower = word.lower()
                for known in [k for k in self._cache if lower in k.lower()]:
                    del self._cache[known]
        if added:
            self._send({"op": "add", "words": added})
            for word in added:
                self._forget_wrong(word)
                self._cache[word] = True
        self.changed.emit()

    def ignore(self, word: str) -> None:
        """Accept a word until the editor closes."""
        self._send({"op": "ignore", "word": word})
        self._forget_wrong(word)
        self._cache[word] = True
        self.changed.emit()

    def request_suggestions(self, word: str) -> None:
        """Ask the child for corrections; ``suggestions_ready(word, list)`` follows."""
        if not self._ready:
            self.suggestions_ready.emit(word, [])
            return
        request = self._send({"op": "suggest", "word": word})
        self._suggesting[request] = word

    # ---------------------------------------------------------------- the child

    def _send(self, message: Message) -> int:
        """Queue a request to the child (Qt writes it without blocking); return its id."""
        self._next_id += 1
        if "id" not in message and message["op"] in ("check", "suggest"):
            message = {**message, "id": self._next_id}
        if self._process is not None:
            self._process.write(encode(message))
        return self._next_id

    @Slot()
    def _on_output(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer.extend(process.readAllStandardOutput().data())
        for message in decode_lines(self._buffer):
            self._handle(message)

    def _handle(self, message: Message) -> None:
        op = message.get("op")
        if op == "ready":
            self._ready = True
            self.ready.emit()
            self._flush()
        elif op == "failed":
            self._fail(str(message.get("error", "")))
        elif op == "checked":
            wrong = message.get("wrong", [])
            self._cache.update(dict.fromkeys(message.get("right", []), True))
            self._cache.update(dict.fromkeys(wrong, False))
            request = message.get("id")
            if request == self._in_flight:
                self._in_flight = None
                if self._pending:
                    self._flush_timer.start()
                if wrong:  # words found correct already look correct: nothing to redraw
                    self.looked_up.emit(set(wrong))
            elif isinstance(request, int):
                self._answers[request] = message
        elif op == "suggestions":
            word = self._suggesting.pop(message.get("id", -1), str(message.get("word", "")))
            self.suggestions_ready.emit(word, list(message.get("suggestions", [])))

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if not self._stopping:
            logger.warning("Spell worker ended (exit code %s, %s)", code, status)
            self._fail(self.tr("the spell checker stopped"))

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._stopping:
            self._fail(self.tr("the spell checker could not start"))

    def _fail(self, message: str) -> None:
        """The child is gone or could not load: no underlines from now on, nothing else lost."""
        if self._process is None:
            return
        logger.warning("Spell checking is not available: %s", message)
        was_ready = self._ready
        self._stopping = True
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
        self._lost()
        self.failed.emit(message)
        if was_ready:
            self.changed.emit()  # take the underlines away

    def _lost(self) -> None:
        """Forget the child: unanswered requests are answered empty."""
        process, self._process = self._process, None
        if process is not None:  # a late signal of the old child must not touch a new one
            process.readyReadStandardOutput.disconnect(self._on_output)
            process.finished.disconnect(self._on_finished)
            process.errorOccurred.disconnect(self._on_error)
            process.deleteLater()
        self._ready = False
        self._in_flight = None
        self._pending.clear()
        waiting, self._suggesting = self._suggesting, {}
        for word in waiting.values():
            self.suggestions_ready.emit(word, [])


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
            self.service.failed.emit(str(exc))

    @Slot(str)
    def _on_ignore(self, word: str) -> None:
        self.service.ignore(word)


def install_spelling(editor: QPlainTextEdit, highlighter: MarkdownHighlighter,
                     headline: QLineEdit, lead: QPlainTextEdit, service: SpellService,
                     subheadline: QLineEdit | None = None,
                     ) -> tuple[EditorSpelling, LineEditSpelling, PlainSpellHighlighter,
                                LineEditSpelling | None]:
    """Attach spell checking to the editor, the headline, the lead and the sub-headline."""
    return (EditorSpelling(editor, highlighter, service), LineEditSpelling(headline, service),
            PlainSpellHighlighter(lead.document(), service),
            LineEditSpelling(subheadline, service) if subheadline is not None else None)
