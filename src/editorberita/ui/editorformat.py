"""The body editor's formatting actions: bold, italic, heading, quote, lists, link, rule.

Each action edits the Markdown source around the selection as one undo step and is active
while the editor has focus; the window shows them in its menu and toolbar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


class FormattingActions(QObject):
    """The formatting actions of one editor; ``actions`` in menu order."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.actions = self._create_actions()

    def _create_actions(self) -> list[QAction]:
        """Create the formatting actions, active while the editor has focus."""
        # The editor's translation context; lupdate reads only literal translate() calls.
        specs = [
            (QCoreApplication.translate("MarkdownEditor", "&Bold"),
             QKeySequence(QKeySequence.StandardKey.Bold),
             "format-text-bold", "B", self._on_bold),
            (QCoreApplication.translate("MarkdownEditor", "&Italic"),
             QKeySequence(QKeySequence.StandardKey.Italic),
             "format-text-italic", "I", self._on_italic),
            # Ctrl+1..3 move between the panes; a sub-heading is Ctrl+Alt+2, as in Google Docs.
            (QCoreApplication.translate("MarkdownEditor", "&Heading"),
             QKeySequence("Ctrl+Alt+2"), "format-text-heading",
             "H2", self._on_heading),
            (QCoreApplication.translate("MarkdownEditor", "&Quote"),
             QKeySequence("Ctrl+Shift+."),
             "format-text-blockquote", "\u201c", self._on_quote),
            (QCoreApplication.translate("MarkdownEditor", "Bulleted &List"),
             QKeySequence("Ctrl+Shift+8"),
             "format-list-unordered", "\u2022", self._on_bulleted),
            (QCoreApplication.translate("MarkdownEditor", "&Numbered List"),
             QKeySequence("Ctrl+Shift+7"),
             "format-list-ordered", "1.", self._on_numbered),
            (QCoreApplication.translate("MarkdownEditor", "&Link"),
             QKeySequence("Ctrl+K"), "insert-link", "\U0001f517",
             self._on_link),
            (QCoreApplication.translate("MarkdownEditor", "Horizontal &Rule"),
             QKeySequence("Ctrl+Shift+-"),
             "insert-horizontal-rule", "\u2014", self._on_rule),
        ]
        actions = []
        for text, shortcut, icon_name, icon_text, slot in specs:
            action = QAction(text, self.editor)
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
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        cursor.beginEditBlock()
        cursor.insertText(f"{marker}{selected}{marker}")
        cursor.endEditBlock()
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            self.editor.setTextCursor(cursor)

    def _prefix_lines(self, prefix_for: Callable[[int], str]) -> None:
        """Put a prefix before every selected line, or remove it if all lines have it."""
        cursor = self.editor.textCursor()
        doc = self.editor.document()
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
        cursor = self.editor.textCursor()
        text = cursor.selectedText() or QCoreApplication.translate("MarkdownEditor", "link text")
        placeholder = "https://"
        cursor.beginEditBlock()
        cursor.insertText(f"[{text}]({placeholder})")
        cursor.endEditBlock()
        end = cursor.position() - 1
        cursor.setPosition(end - len(placeholder))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    @Slot()
    def _on_rule(self) -> None:
        """Insert a horizontal rule as its own block after the current line."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertText("\n\n---\n\n")
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
