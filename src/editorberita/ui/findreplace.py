"""Find and replace bar under the editor: whole word, match case, regular expressions.

Searching uses QTextDocument.find with a QRegularExpression, so plain text, whole words and
patterns share one path. May import ``ui.editor`` and PySide6.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from editorberita.typing_compat import override
from editorberita.ui.editor import MarkdownEditor

MAX_COUNT = 10_000
_GROUP = re.compile(r"\\(\d)|\$(\d)")


class FindReplaceBar(QWidget):
    """A bar that finds and replaces text in a MarkdownEditor; hidden until asked for."""

    def __init__(self, editor: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace All"), self)
        self.whole_word_check = QCheckBox(self.tr("Whole word"), self)
        self.case_check = QCheckBox(self.tr("Match upper/lower case"), self)
        self.case_check.setToolTip(self.tr("Find “Banjir” but not “banjir”"))
        self.regex_check = QCheckBox(self.tr("Regular expression"), self)
        self.status_label = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoRaise(True)

        # Three short rows, not one long one: at 1366×768 with the preview open the editor
        # column is ~500 px, where one row cut the fields to 25 px and the labels in half.
        self.status_label.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setVerticalSpacing(3)
        layout.addWidget(self.find_edit, 0, 0)
        layout.addWidget(self.previous_button, 0, 1)
        layout.addWidget(self.next_button, 0, 2)
        layout.addWidget(self.close_button, 0, 3)
        layout.addWidget(self.replace_edit, 1, 0)
        layout.addWidget(self.replace_button, 1, 1)
        layout.addWidget(self.replace_all_button, 1, 2, 1, 2)
        options = QHBoxLayout()
        options.setSpacing(10)
        for check in (self.whole_word_check, self.case_check, self.regex_check):
            options.addWidget(check)
        options.addWidget(self.status_label, 1)
        layout.addLayout(options, 2, 0, 1, 4)
        layout.setColumnStretch(0, 1)
        self.hide()

        self.find_edit.textChanged.connect(self._on_pattern_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.hide)
        for check in (self.whole_word_check, self.case_check, self.regex_check):
            check.toggled.connect(self._on_pattern_changed)

    # -- public interface -----------------------------------------------------------------

    def show_find(self) -> None:
        """Show the find row, seeded with the editor's selection, and focus it."""
        self._set_replace_visible(False)
        self._open()

    def show_replace(self) -> None:
        """Show find and replace rows."""
        self._set_replace_visible(True)
        self._open()

    def regex(self) -> QRegularExpression:
        """Return the pattern the options describe."""
        text = self.find_edit.text()
        pattern = text if self.regex_check.isChecked() else QRegularExpression.escape(text)
        if self.whole_word_check.isChecked():
            pattern = rf"\b(?:{pattern})\b"
        options = QRegularExpression.PatternOption.UseUnicodePropertiesOption
        if not self.case_check.isChecked():
            options |= QRegularExpression.PatternOption.CaseInsensitiveOption
        return QRegularExpression(pattern, options)

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        """Return the find flags: Qt ignores the pattern's case option and uses these."""
        flags = QTextDocument.FindFlag(0)
        if self.case_check.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    @Slot()
    def find_next(self) -> bool:
        """Select the next match, wrapping at the end; return whether one was found."""
        return self._find(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        """Select the previous match, wrapping at the start."""
        return self._find(backward=True)

    @Slot()
    def replace(self) -> None:
        """Replace the selected match (if it is one) and go to the next."""
        cursor = self._editor.textCursor()
        replacement = self._replacement_for(cursor)
        if replacement is not None:
            cursor.insertText(replacement)
            self._editor.setTextCursor(cursor)
        self.find_next()

    @Slot()
    def replace_all(self) -> int:
        """Replace every match as one undo step; return how many were replaced."""
        regex = self.regex()
        if not self.find_edit.text() or not regex.isValid():
            self._update_status()
            return 0
        doc = self._editor.document()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        count = 0
        position = 0
        while True:
            found = doc.find(regex, position, self._flags())
            if found.isNull() or not found.hasSelection():
                break
            replacement = self._replacement_for(found)
            if replacement is None:
                break
            found.insertText(replacement)
            position = found.position()
            count += 1
        edit.endEditBlock()
        self.status_label.setText(self.tr("%n replaced", "", count))
        return count

    def match_count(self) -> int:
        """Return how many matches the document has (up to MAX_COUNT)."""
        regex = self.regex()
        if not self.find_edit.text() or not regex.isValid():
            return 0
        doc = self._editor.document()
        count, position = 0, 0
        while count < MAX_COUNT:
            found = doc.find(regex, position, self._flags())
            if found.isNull() or not found.hasSelection():
                break
            count += 1
            position = found.selectionEnd()
        return count

    # -- internals --------------------------------------------------------------------------

    def _open(self) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        self._update_status()

    def _set_replace_visible(self, visible: bool) -> None:
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(visible)

    def _find(self, *, backward: bool) -> bool:
        regex = self.regex()
        if not self.find_edit.text() or not regex.isValid():
            self._update_status()
            return False
        doc = self._editor.document()
        flags = self._flags(backward)
        cursor = self._editor.textCursor()
        found = doc.find(regex, cursor, flags)
        if found.isNull():  # wrap around
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(regex, start, flags)
        if not found.isNull():
            self._editor.setTextCursor(found)
        self._update_status()
        return not found.isNull()

    def _replacement_for(self, cursor: QTextCursor) -> str | None:
        """Return the replacement text if the cursor's selection is a whole match, else None."""
        if not cursor.hasSelection():
            return None
        regex = self.regex()
        block = cursor.block()
        offset = cursor.selectionStart() - block.position()
        # The leftmost match from the offset, which must start there: no match option, since
        # PySide names AnchorAtOffsetMatchOption by its deprecated alias AnchoredMatchOption.
        match = regex.match(block.text(), offset)
        if (not match.hasMatch() or match.capturedStart() != offset
                or match.capturedEnd() != cursor.selectionEnd() - block.position()):
            return None
        text = self.replace_edit.text()
        if not self.regex_check.isChecked():
            return text
        return _GROUP.sub(lambda m: match.captured(int(m.group(1) or m.group(2))), text)

    def _update_status(self) -> None:
        """Show "n of m", "not found" or the pattern error."""
        if not self.find_edit.text():
            self.status_label.clear()
            return
        regex = self.regex()
        if not regex.isValid():
            self.status_label.setText(self.tr("Invalid expression: {error}").format(
                error=regex.errorString()))
            return
        total = self.match_count()
        if total == 0:
            self.status_label.setText(self.tr("Not found"))
            return
        cursor = self._editor.textCursor()
        current = 0
        if cursor.hasSelection() and self._replacement_for(cursor) is not None:
            doc = self._editor.document()
            position = 0
            while current < total:
                found = doc.find(regex, position, self._flags())
                if found.isNull():
                    break
                current += 1
                if found.selectionStart() >= cursor.selectionStart():
                    break
                position = found.selectionEnd()
        if current:
            self.status_label.setText(self.tr("{current} of {total}").format(
                current=current, total=total))
        else:
            self.status_label.setText(self.tr("%n match(es)", "", total))

    @Slot()
    def _on_pattern_changed(self) -> None:
        self._update_status()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Hide on Escape and give the editor its focus back."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self._editor.setFocus()
            return
        super().keyPressEvent(event)
