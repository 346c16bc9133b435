"""The Markdown body editor: highlighting, smart quotes, formatting actions and text statistics.

The widget only edits text and emits signals; the window decides when to save. May import
``core.textid``, ``ui.highlighter`` and PySide6.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QElapsedTimer, QMimeData, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editorberita.core.textid import minutes_for_chars, plain_text, word_count
from editorberita.typing_compat import override
from editorberita.ui.editorformat import FormattingActions
from editorberita.ui.highlighter import IN_FENCE, MarkdownHighlighter
from editorberita.ui.typingrules import (
    AUTOLINK,
    CURLY,
    FENCE_LINE,
    HARD_BREAK,
    LINK_ADDRESS,
    QUOTE_LINE,
    URL_TAIL,
    curl_quote,
    paragraph_break,
)

LINE_HEIGHT_PERCENT = 140
COLUMN_CHARS = 72  # a comfortable measure for reading prose
STATS_DELAY_MS = 400
# Counting a 20,000-word story takes ~45 ms: it runs in slices this long between events.
STATS_SLICE_MS = 8

def _block_stats(text: str) -> tuple[int, int, int]:
    """Return (words, letters in visible tokens, visible tokens) for one paragraph."""
    tokens = plain_text(text).split()
    return word_count(text), sum(len(t) for t in tokens), len(tokens)


class MarkdownEditor(QPlainTextEdit):
    """A plain-text Markdown editor with a centred reading column and smart typography."""

    text_edited = Signal()
    cursor_line_changed = Signal(int)
    #: The source line at the top of the view changed because the user scrolled.
    top_line_changed = Signal(int)
    stats_changed = Signal(int, int, int)  # words, characters, reading minutes
    pictures_received = Signal(list)  # [PictureSource] dropped or pasted; the window stores them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._smart_quotes = True
        self._focus_mode = False
        self._last_line = -1
        self._following = False  # True while scrolling on the preview's behalf
        self._stats: tuple[int, int, int] = (0, 0, 0)
        self._stats_cache: dict[str, tuple[int, int, int]] = {}
        self._stats_job: Iterator[tuple[int, int, int] | None] | None = None
        self._copied = ""  # the last text copied from this editor (pasted back unchanged)

        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self._apply_font()
        self.highlighter = MarkdownHighlighter(self.document())

        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DELAY_MS)
        self._formatting = FormattingActions(self)
        self._actions = self._formatting.actions
        for action in self._actions:
            self.addAction(action)

        # Not textChanged: it also fires when highlighting or spelling underlines repaint.
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._stats_timer.timeout.connect(self._on_stats_timer)

    # -- public interface -----------------------------------------------------------------

    def set_markdown(self, text: str) -> None:
        """Replace the text without an undo history and without emitting ``text_edited``."""
        self._loading = True
        # A new text is highlighted unchecked; spelling then checks the blocks in view.
        self.highlighter.visible_blocks = (0, -1)
        try:
            self.setPlainText(text)
            self._apply_line_height()
            self.document().clearUndoRedoStacks()
            self.document().setModified(False)
        finally:
            self._loading = False
        self._last_line = -1
        self._on_cursor_moved()
        self._stats_timer.start(0)

    def markdown(self) -> str:
        """Return the Markdown text."""
        return self.toPlainText()

    def insert_block(self, text: str) -> None:
        """Insert ``text`` as a paragraph of its own at the cursor, as one undo step."""
        cursor = self.textCursor()
        cursor.clearSelection()
        if cursor.block().text().strip():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        doc = self.document()
        before = doc.characterAt(cursor.position() - 1) if cursor.position() > 0 else ""
        before2 = doc.characterAt(cursor.position() - 2) if cursor.position() > 1 else ""
        separator = "\u2029"  # QTextDocument's paragraph separator
        if not before:
            prefix = ""
        elif before == separator:
            prefix = "" if before2 in ("", separator) else "\n"
        else:
            prefix = "\n\n"
        after = doc.characterAt(cursor.position())
        suffix = "" if cursor.atEnd() else ("\n" if after == separator else "\n\n")
        cursor.beginEditBlock()
        cursor.insertText(prefix + text + suffix)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def formatting_actions(self) -> list[QAction]:
        """Return the formatting actions (bold, italic, heading, ...) for menus and toolbars."""
        return list(self._actions)

    def scroll_to_line(self, line: int) -> None:
        """Scroll so that source line ``line`` (0-based block) is at the top of the view."""
        block = self.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            return
        bar = self.verticalScrollBar()
        # The scroll bar counts visual lines (a wrapped paragraph has several), not blocks.
        self._following = True  # not reported back as the user's own scrolling
        try:
            bar.setValue(min(block.firstLineNumber(), bar.maximum()))
        finally:
            self._following = False

    def first_visible_line(self) -> int:
        """Return the source line at the top of the view."""
        return self.firstVisibleBlock().blockNumber()

    def set_smart_quotes(self, on: bool) -> None:
        """Turn typographic quotes on or off for newly typed quotes."""
        self._smart_quotes = on

    def smart_quotes(self) -> bool:
        """Return whether typed quotes become typographic quotes."""
        return self._smart_quotes

    def set_focus_mode(self, on: bool) -> None:
        """Use a larger font and a narrower column for undistracted writing."""
        self._focus_mode = on
        self._apply_font()
        self._update_margins()

    def set_dark(self, dark: bool) -> None:
        """Use syntax colours that read well on a dark background."""
        self.highlighter.set_dark(dark)

    def stats(self) -> tuple[int, int, int]:
        """Return the last computed (words, characters, reading minutes)."""
        return self._stats

    def compute_stats(self) -> tuple[int, int, int]:
        """Compute (words, characters, reading minutes) now, reusing unchanged paragraphs."""
        for result in self._stats_steps():
            if result is not None:
                return result
        raise AssertionError("unreachable")

    def _stats_steps(self) -> Iterator[tuple[int, int, int] | None]:
        """Count paragraph by paragraph, yielding None after each; the result comes last."""
        cache = self._stats_cache
        fresh: dict[str, tuple[int, int, int]] = {}
        words = letters = tokens = 0
        # Counts add up over paragraphs; only edited paragraphs are counted again.
        for chunk in self.toPlainText().split("\n\n"):
            value = fresh.get(chunk) or cache.get(chunk)
            if value is None:
                value = _block_stats(chunk)
                yield None
            fresh[chunk] = value
            words += value[0]
            letters += value[1]
            tokens += value[2]
        self._stats_cache = fresh
        chars = letters + max(0, tokens - 1)  # tokens joined by single spaces, as char_count
        yield words, chars, minutes_for_chars(chars)

    # -- smart quotes -----------------------------------------------------------------------

    def _quote_allowed_here(self, cursor: QTextCursor) -> bool:
        """Return False inside code, a link address, an autolink or a bare URL."""
        block = cursor.block()
        previous = block.previous()
        if block.userState() == IN_FENCE or (previous.isValid()
                                              and previous.userState() == IN_FENCE):
            return False
        if block.text().startswith(("```", "~~~")):
            return False
        before = block.text()[:cursor.positionInBlock()]
        if before.count("`") % 2 == 1:
            return False
        if (before.startswith(("    ", "\t")) and (not previous.isValid()
                                                     or not previous.text().strip())):
            return False  # indented code block
        return not (LINK_ADDRESS.search(before) or AUTOLINK.search(before)
                    or URL_TAIL.search(before))

    def _in_code(self, cursor: QTextCursor) -> bool:
        """Return True when the cursor's line is code: inside or opening a fence, or indented."""
        block = cursor.block()
        previous = block.previous()
        inside = previous.isValid() and previous.userState() == IN_FENCE
        if FENCE_LINE.match(block.text()):
            return not inside  # an opening fence leads into code; a closing one out of it
        if inside:
            return True
        return (block.text().startswith(("    ", "\t"))
                and (not previous.isValid() or not previous.text().strip()))

    def _insert_break(self, hard_line: bool) -> None:
        """Enter: a new paragraph (see ``paragraph_break``); Shift+Enter: a line break.

        Typed here rather than by Qt, which resets the block format of an empty line on
        Enter instead of inserting one (the 1.4 line height made every line "formatted").
        """
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        text = cursor.block().text()
        before, after = text[:cursor.positionInBlock()], text[cursor.positionInBlock():]
        in_code = self._in_code(cursor)
        if hard_line:
            plain = in_code or not before.strip() or before.endswith("  ")
            insert, delete = ("\n" if plain else HARD_BREAK), 0
        else:
            insert, delete = paragraph_break(before, after, in_code=in_code)
        if delete:
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            previous = cursor.block().previous()
            if QUOTE_LINE.match(before) and previous.isValid() and previous.text().strip() == ">":
                # The quote's empty line before this one goes too: the quote ends with text.
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        if not in_code and not hard_line and insert.startswith("\n\n") and after.strip():
            # Splitting a paragraph: the new one starts with its first word, not a space.
            trailing = len(after) - len(after.lstrip(" \t"))
            cursor.movePosition(QTextCursor.MoveOperation.Right,
                                QTextCursor.MoveMode.KeepAnchor, trailing)
            cursor.removeSelectedText()
        fmt = cursor.blockFormat()
        for index, line in enumerate(insert.split("\n")):
            if index:
                cursor.insertBlock(fmt)  # the new line keeps the 1.4 line height
            if line:
                cursor.insertText(line)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Shift+Enter as in a word processor; smart quotes (Ctrl+Z straightens)."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.isReadOnly()
                and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                              | Qt.KeyboardModifier.KeypadModifier)):
            self._insert_break(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        text = event.text()
        if (not self._smart_quotes or text not in CURLY or self.isReadOnly()
                or event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                         | Qt.KeyboardModifier.KeypadModifier)):
            super().keyPressEvent(event)
            return
        super().keyPressEvent(event)
        cursor = self.textCursor()
        if cursor.hasSelection() or cursor.positionInBlock() == 0:
            return
        check = QTextCursor(cursor)
        check.movePosition(QTextCursor.MoveOperation.Left)
        if not self._quote_allowed_here(check):
            return
        before_text = cursor.block().text()[:cursor.positionInBlock() - 1]
        curly = curl_quote(text, before_text[-1:] if before_text else "")
        # A separate edit block is a separate undo command: Ctrl+Z restores the straight quote.
        cursor.beginEditBlock()
        cursor.deletePreviousChar()
        cursor.insertText(curly)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    # -- pictures ---------------------------------------------------------------------------

    @override
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Accept dropped or pasted pictures as well as text."""
        from editorberita.ui.images import has_pictures  # QImage & co.: not before the paint

        return has_pictures(source) or super().canInsertFromMimeData(source)

    @override
    def insertFromMimeData(self, source: QMimeData) -> None:
        """Hand pictures to the window (it stores them); insert anything else as text."""
        from editorberita.ui.images import picture_sources

        sources = picture_sources(source) if not self.isReadOnly() else []
        if sources:
            self.pictures_received.emit(sources)
            return
        if source.hasText() and source.text() != self._copied:
            from editorberita.core.checks import paragraphs_from_lines

            # From Word or Google Docs one line is one paragraph: give Markdown its blank line.
            text = paragraphs_from_lines(source.text())
            if text != source.text():
                converted = QMimeData()
                converted.setText(text)
                source = converted
        super().insertFromMimeData(source)

    @override
    def createMimeDataFromSelection(self) -> QMimeData:
        """Remember what was copied (or dragged): it is Markdown already, pasted back as is.

        Remembered rather than marked: Qt's own mime data lists fixed formats, and a Python
        one on the clipboard crashes the exit (see ``ui.clipboard``).
        """
        mime = super().createMimeDataFromSelection()
        self._copied = mime.text()
        return mime

    # -- layout -----------------------------------------------------------------------------

    def _apply_font(self) -> None:
        """Use a readable serif; larger in focus mode."""
        font = QFont()
        font.setFamilies(["Noto Serif", "Georgia", "DejaVu Serif", "Times New Roman", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(14.0 if self._focus_mode else 12.0)
        self.setFont(font)
        self.document().setDocumentMargin(12)

    def _apply_line_height(self) -> None:
        """Give every line ~1.4 line spacing (new lines inherit it from the line they split)."""
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT_PERCENT,
                          QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.document())
        with QSignalBlocker(self.document()):
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(fmt)

    def _update_margins(self) -> None:
        """Centre a column of about COLUMN_CHARS characters when the widget is wider."""
        chars = COLUMN_CHARS - (10 if self._focus_mode else 0)
        column = self.fontMetrics().averageCharWidth() * chars
        spare = self.width() - column - self.verticalScrollBar().sizeHint().width()
        side = max(0, spare // 2)
        self.setViewportMargins(side, 0, side, 0)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the text column centred."""
        super().resizeEvent(event)
        self._update_margins()

    # -- slots ------------------------------------------------------------------------------

    @Slot(int, int, int)
    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if self._loading or not (removed or added):
            return
        self._stats_timer.start()
        self.text_edited.emit()

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if not self._following and not self._loading:
            self.top_line_changed.emit(self.first_visible_line())

    @Slot()
    def _on_cursor_moved(self) -> None:
        line = self.textCursor().blockNumber()
        if line != self._last_line:
            self._last_line = line
            self.cursor_line_changed.emit(line)

    @Slot()
    def _on_stats_timer(self) -> None:
        self._stats_job = self._stats_steps()
        self._continue_stats(self._stats_job)

    def _continue_stats(self, job: Iterator[tuple[int, int, int] | None]) -> None:
        """Count for STATS_SLICE_MS, then let the event loop run; a newer count wins."""
        if job is not self._stats_job:
            return
        clock = QElapsedTimer()
        clock.start()
        for result in job:
            if result is not None:
                self._stats_job = None
                if result != self._stats:
                    self._stats = result
                    self.stats_changed.emit(*result)
                return
            if clock.elapsed() >= STATS_SLICE_MS:
                QTimer.singleShot(0, lambda: self._continue_stats(job))
                return
