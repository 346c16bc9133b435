"""The Markdown body editor: highlighting, smart quotes, formatting actions and text statistics.

The widget only edits text and emits signals; the window decides when to save. May import
``core.textid``, ``ui.highlighter`` and PySide6.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QElapsedTimer, QMimeData, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editorberita.core.textid import minutes_for_chars, plain_text, word_count
from editorberita.typing_compat import override
from editorberita.ui.highlighter import IN_FENCE, MarkdownHighlighter

LINE_HEIGHT_PERCENT = 140
COLUMN_CHARS = 72  # a comfortable measure for reading prose
STATS_DELAY_MS = 400
# Counting a 20,000-word story takes ~45 ms: it runs in slices this long between events.
STATS_SLICE_MS = 8

# Where a typed quote must stay straight: inside inline code, a link address, an autolink or URL.
_LINK_ADDRESS = re.compile(r"\]\([^)\s]*$")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:[^>\s]*$")
_URL = re.compile(r"(?:https?://|www\.|mailto:)\S*$", re.IGNORECASE)
# A list item or quote line, for Enter: its marker continues on the next line.
_LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)"
                        r"(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delim>[.)]))"
                        r"(?P<space>[ \t]+)(?P<task>\[[ xX]\][ \t]+)?")
_QUOTE_LINE = re.compile(r"^[ ]{0,3}>[ ]?")
_TABLE_ROW = re.compile(r"^\s*\|")
_FENCE_LINE = re.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})")
# Shift+Enter: a Markdown hard line break (two trailing spaces work in Python-Markdown and Hugo).
HARD_BREAK = "  \n"
_OPENERS = frozenset(" \t\u00a0([{<\u2013\u2014/-\u201c\u2018")
CURLY = {'"': ("\u201c", "\u201d"), "'": ("\u2018", "\u2019")}


def curl_quote(straight: str, before: str) -> str:
    """Return the curly form of a quote typed after the character ``before``."""
    opening, closing = CURLY[straight]
    if before == "" or before in _OPENERS:
        return opening
    return closing  # after a letter this is also the apostrophe: "it's", "Jum’at"


def paragraph_break(line_before: str, line_after: str, *, in_code: bool) -> tuple[str, int]:
    """Return what Enter inserts, as a word processor user expects, and how much to delete.

    ``line_before``/``line_after`` are the current line's text either side of the cursor.
    Prose gets a blank line (a new paragraph in Markdown); code, tables and blank lines get
    one newline; a list item or quote continues with its marker, and an empty one ends it
    (its marker is deleted: the returned count of characters before the cursor).
    """
    if in_code or _TABLE_ROW.match(line_before):
        return "\n", 0
    if not line_before.strip():
        return "\n", 0
    item = _LIST_ITEM.match(line_before)
    if item:
        if not line_before[item.end():].strip() and not line_after.strip():
            return "\n", len(line_before)  # Enter on an empty item ends the list
        number = item.group("number")
        marker = (item.group("bullet") if number is None
                  else f"{int(number) + 1}{item.group('delim')}")
        task = "[ ] " if item.group("task") else ""
        return f"\n{item.group('indent')}{marker}{item.group('space')}{task}", 0
    quote = _QUOTE_LINE.match(line_before)
    if quote:
        if not line_before[quote.end():].strip() and not line_after.strip():
            return "\n", len(line_before)  # Enter on an empty quote line ends the quote
        return "\n>\n> ", 0
    return "\n\n", 0


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
        self._actions = self._create_actions()
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

    # -- actions ----------------------------------------------------------------------------

    def _create_actions(self) -> list[QAction]:
        """Create the formatting actions, active while the editor has focus."""
        specs = [
            (self.tr("&Bold"), QKeySequence(QKeySequence.StandardKey.Bold), "format-text-bold",
             "B", self._on_bold),
            (self.tr("&Italic"), QKeySequence(QKeySequence.StandardKey.Italic),
             "format-text-italic", "I", self._on_italic),
            # Ctrl+1..3 move between the panes; a sub-heading is Ctrl+Alt+2, as in Google Docs.
            (self.tr("&Heading"), QKeySequence("Ctrl+Alt+2"), "format-text-heading", "H2",
             self._on_heading),
            (self.tr("&Quote"), QKeySequence("Ctrl+Shift+."), "format-text-blockquote", "\u201c",
             self._on_quote),
            (self.tr("Bulleted &List"), QKeySequence("Ctrl+Shift+8"), "format-list-unordered",
             "\u2022", self._on_bulleted),
            (self.tr("&Numbered List"), QKeySequence("Ctrl+Shift+7"), "format-list-ordered",
             "1.", self._on_numbered),
            (self.tr("&Link"), QKeySequence("Ctrl+K"), "insert-link", "\U0001f517",
             self._on_link),
            (self.tr("Horizontal &Rule"), QKeySequence("Ctrl+Shift+-"), "insert-horizontal-rule",
             "\u2014", self._on_rule),
        ]
        actions = []
        for text, shortcut, icon_name, icon_text, slot in specs:
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            icon = QIcon.fromTheme(icon_name)
            if not icon.isNull():
                action.setIcon(icon)
            action.setIconText(icon_text)
            plain = text.replace("&", "")
            native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({native})")
            action.triggered.connect(slot)
            actions.append(action)
        return actions

    def _wrap_selection(self, marker: str) -> None:
        """Wrap the selection (or an empty pair at the cursor) in ``marker``, as one undo step."""
        cursor = self.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        cursor.insertText(f"{marker}{selected}{marker}")
        cursor.endEditBlock()
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            self.setTextCursor(cursor)

    def _prefix_lines(self, prefix_for: Callable[[int], str]) -> None:
        """Put a prefix before every selected line, or remove it if all lines have it."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        prefixes = [prefix_for(i) for i in range(len(blocks))]
        remove = all(b.text().startswith(p) for b, p in zip(blocks, prefixes, strict=True))
        cursor.beginEditBlock()
        for block, prefix in zip(blocks, prefixes, strict=True):
            edit = QTextCursor(block)
            if remove:
                edit.movePosition(QTextCursor.MoveOperation.Right,
                                  QTextCursor.MoveMode.KeepAnchor, len(prefix))
                edit.removeSelectedText()
            else:
                edit.insertText(prefix)
        cursor.endEditBlock()

    @Slot()
    def _on_bold(self) -> None:
        self._wrap_selection("**")

    @Slot()
    def _on_italic(self) -> None:
        self._wrap_selection("*")

    @Slot()
    def _on_heading(self) -> None:
        self._prefix_lines(lambda _i: "## ")

    @Slot()
    def _on_quote(self) -> None:
        self._prefix_lines(lambda _i: "> ")

    @Slot()
    def _on_bulleted(self) -> None:
        self._prefix_lines(lambda _i: "- ")

    @Slot()
    def _on_numbered(self) -> None:
        self._prefix_lines(lambda i: f"{i + 1}. ")

    @Slot()
    def _on_link(self) -> None:
        """Make the selection a link and select the address placeholder for typing over."""
        cursor = self.textCursor()
        text = cursor.selectedText() or self.tr("link text")
        placeholder = "https://"
        cursor.beginEditBlock()
        cursor.insertText(f"[{text}]({placeholder})")
        cursor.endEditBlock()
        end = cursor.position() - 1
        cursor.setPosition(end - len(placeholder))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    @Slot()
    def _on_rule(self) -> None:
        """Insert a horizontal rule as its own block after the current line."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertText("\n\n---\n\n")
        cursor.endEditBlock()
        self.setTextCursor(cursor)

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
        return not (_LINK_ADDRESS.search(before) or _AUTOLINK.search(before)
                    or _URL.search(before))

    def _in_code(self, cursor: QTextCursor) -> bool:
        """Return True when the cursor's line is code: inside or opening a fence, or indented."""
        block = cursor.block()
        previous = block.previous()
        inside = previous.isValid() and previous.userState() == IN_FENCE
        if _FENCE_LINE.match(block.text()):
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
            if _QUOTE_LINE.match(before) and previous.isValid() and previous.text().strip() == ">":
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
