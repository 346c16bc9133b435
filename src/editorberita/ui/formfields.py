"""The metadata form's small widgets: character counters, the tag completer, short text fields.

``CounterLabel`` shows "42/70" against a limit from the settings and turns red past it;
``TagCompleter`` completes the tag typed after the last comma; ``kind_labels`` names the
article kinds in the interface language. Used by ``ui.metadata`` (the form) and
``ui.newarticle`` (the template menu). May import ``core.domain`` and PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from editorberita.core.domain import Kind

OVER_LIMIT_COLOR = "#d32f2f"


class CounterLabel(QLabel):
    """Shows "42/70" and turns red when the text is longer than the limit."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.count = 0
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000/000") + 4)
        self.set_count(0)

    @property
    def over(self) -> bool:
        """Return True when the count is past the limit."""
        return self.count > self.limit

    def set_count(self, count: int) -> None:
        """Show a new count and colour it."""
        self.count = count
        self.setText(f"{count}/{self.limit}")
        palette = self.palette()
        parent = self.parentWidget()
        color = (QColor(OVER_LIMIT_COLOR) if self.over
                 else parent.palette().color(QPalette.ColorRole.PlaceholderText)
                 if parent is not None else QColor("gray"))
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.setPalette(palette)
        font = self.font()
        font.setBold(self.over)
        self.setFont(font)
        self.setToolTip(self.tr("{count} characters; the limit is {limit}")
                        .format(count=count, limit=self.limit))


def kind_labels() -> dict[Kind, str]:
    """Return the translated desk names of the article kinds (Berita, Advertorial...)."""
    return {
        Kind.NEWS: QCoreApplication.translate("Kind", "News"),
        Kind.PRESS_RELEASE: QCoreApplication.translate("Kind", "Press release rewrite"),
        Kind.AGENDA: QCoreApplication.translate("Kind", "Agenda"),
        Kind.PHOTO: QCoreApplication.translate("Kind", "Photo story"),
        Kind.REPLY: QCoreApplication.translate("Kind", "Right of reply"),  # issue 16 (record)
        Kind.ADVERTORIAL: QCoreApplication.translate("Kind", "Advertorial"),
    }


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the earlier ones."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._tags = QStringListModel(self)
        self.setModel(self._tags)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setWidget(edit)
        self.activated.connect(self._on_activated)
        edit.textEdited.connect(self._on_text_edited)

    def set_tags(self, tags: list[str]) -> None:
        """Offer these tags."""
        self._tags.setStringList(tags)

    def _hide_popup(self) -> None:
        popup = self.popup()
        if popup is not None:
            popup.hide()

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        current = text.rsplit(",", 1)[-1].strip()
        if not current:
            self._hide_popup()
            return
        self.setCompletionPrefix(current)
        if self.completionCount() > 0:
            self.complete()
        else:
            self._hide_popup()

    @Slot(str)
    def _on_activated(self, tag: str) -> None:
        head = self._edit.text().rsplit(",", 1)
        done = head[0].strip() + ", " if len(head) > 1 else ""
        self._edit.setText(f"{done}{tag}, ")


def small_text_edit(lines: int, parent: QWidget) -> QPlainTextEdit:
    """Return a plain-text field ``lines`` high whose Tab moves on (summary, captions)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    height = edit.fontMetrics().lineSpacing() * lines + 12
    edit.setFixedHeight(height)
    return edit
