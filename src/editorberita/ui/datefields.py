"""Date and time fields that read what the desk types ("23/7/2024", "23 Juli 2024", "14.30").

Plain line edits instead of QDateEdit/QTimeEdit: Qt's section editing turned "23/07/2024" into
30/07/2024 and "14.30" into 08.30, and Ctrl+A did nothing. Typing is read by
``core.datetyping``; a calendar stays one click (or Alt+Down) away. Both fields keep the
QDateEdit/QTimeEdit interface the form uses (``date``/``setDate``/``dateChanged``...). Text
that is not a date turns the field red with a hint and changes nothing. May import
``core.datetyping`` and PySide6.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QPoint, QPointF, QRectF, Qt, QTime, Signal, Slot
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLineEdit, QWidget

from editorberita.core.datetyping import (
    format_date_field,
    format_time_field,
    parse_date,
    parse_time,
)
from editorberita.typing_compat import override

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

INVALID_COLOR = "#d32f2f"


def calendar_icon(color: QColor) -> QIcon:
    """Return a small calendar drawn in ``color`` (the field's text colour, so it follows a dark
    scheme). Drawn rather than taken from QStyle: QStyle's Python type costs ~20 ms to make,
    and the form builds this field before the window's first paint."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(color)
    pen.setWidthF(2.2)
    painter.setPen(pen)
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)  # the page
    painter.drawLine(11, 3, 11, 8)  # the rings
    painter.drawLine(21, 3, 21, 8)
    # Filled parts are drawn with a wide pen: fillRect's overloads would make QGradient's
    # type (170 enum members) before the first paint.
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setWidthF(5)
    painter.setPen(pen)
    painter.drawLine(QPointF(4, 9.5), QPointF(28, 9.5))  # the header
    pen.setWidthF(3)
    painter.setPen(pen)
    for row in range(2):  # the days
        for col in range(3):
            y = 17 + row * 5.5
            painter.drawLine(QPointF(8.5 + col * 6, y), QPointF(11.5 + col * 6, y))
    painter.end()
    return QIcon(pixmap)


class _TypedField(QLineEdit):
    """A line edit holding one parsed value; shows whether the text reads as one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._valid = True
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    @property
    def valid(self) -> bool:
        """Return False while the text does not read as a value (the old value holds)."""
        return self._valid

    def _parse_and_apply(self, text: str) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def _show_current(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _hint(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def _mark(self, valid: bool) -> None:
        if valid == self._valid:
            return
        self._valid = valid
        palette = QPalette()  # no role set: the field inherits the window's palette again
        if not valid:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Text, QColor(INVALID_COLOR))
        self.setPalette(palette)
        self.setToolTip("" if valid else self._hint())
        if not valid:
            self.setStatusTip(self._hint())

    def _reads(self, text: str) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        # Applied when typing ends (Enter, Tab, focus out): "23/07/20" on the way to
        # "23/07/2024" must not become a date. Red only goes away here, never comes.
        if not self._valid and self._reads(text):
            self._mark(True)

    @Slot()
    def _on_editing_finished(self) -> None:
        if self._parse_and_apply(self.text()):
            self._mark(True)
            self._show_current()  # "23 Juli 2024" reads back as 23/07/2024
        else:
            self._mark(False)


class DateField(_TypedField):
    """A date typed day first in any desk shape, with a calendar popup (Alt+Down)."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("date_field")
        self._date = date.today()
        self.setPlaceholderText("23/07/2024")
        self.calendar_action = QAction(self)
        self.calendar_action.setIcon(calendar_icon(self.palette().color(
            QPalette.ColorRole.PlaceholderText)))
        self.calendar_action.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None
        self._show_current()

    def date(self) -> QDate:
        """Return the date typed (read even before typing ends), else the last one read."""
        value = parse_date(self.text()) or self._date
        return QDate(value.year, value.month, value.day)

    def _reads(self, text: str) -> bool:
        return parse_date(text) is not None

    def setDate(self, value: QDate) -> None:
        """Show a date; emits ``dateChanged`` when it differs."""
        new = date(value.year(), value.month(), value.day())
        changed = new != self._date
        self._date = new
        self._mark(True)
        self._show_current()
        if changed:
            self.dateChanged.emit(self.date())

    def _hint(self) -> str:
        return self.tr("Not a date: type it like 23/07/2024, 23-7-2024 or 23 Juli 2024")

    def _parse_and_apply(self, text: str) -> bool:
        parsed = parse_date(text)
        if parsed is None:
            return False
        if parsed != self._date:
            self._date = parsed
            self.dateChanged.emit(self.date())
        return True

    def _show_current(self) -> None:
        text = format_date_field(self._date)
        if self.text() != text:
            self.setText(text)

    @Slot()
    def show_calendar(self) -> None:
        """Open a calendar under the field; a click picks the date."""
        if self._calendar is None:
            from PySide6.QtWidgets import QCalendarWidget  # made when first asked for

            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._on_calendar_picked)
            self._calendar.activated.connect(self._on_calendar_picked)
        self._calendar.setSelectedDate(self.date())
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    @Slot(QDate)
    def _on_calendar_picked(self, value: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setDate(value)
        self.setFocus()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down or F4 opens the calendar, as in QDateEdit."""
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)


class TimeField(_TypedField):
    """A time typed "14.30", "14:30", "pukul 9" or "1430"."""

    timeChanged = Signal(QTime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("time_field")
        self._time = time(0, 0)
        self.setPlaceholderText("14.30")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00__") + 16)
        self._show_current()

    def time(self) -> QTime:
        """Return the time typed (read even before typing ends), else the last one read."""
        value = parse_time(self.text()) or self._time
        return QTime(value.hour, value.minute)

    def _reads(self, text: str) -> bool:
        return parse_time(text) is not None

    def setTime(self, value: QTime) -> None:
        """Show a time; emits ``timeChanged`` when it differs."""
        new = time(value.hour(), value.minute())
        changed = new != self._time
        self._time = new
        self._mark(True)
        self._show_current()
        if changed:
            self.timeChanged.emit(self.time())

    def _hint(self) -> str:
        return self.tr("Not a time: type it like 14.30 or 14:30")

    def _parse_and_apply(self, text: str) -> bool:
        parsed = parse_time(text)
        if parsed is None:
            return False
        if parsed != self._time:
            self._time = parsed
            self.timeChanged.emit(self.time())
        return True

    def _show_current(self) -> None:
        text = format_time_field(self._time)
        if self.text() != text:
            self.setText(text)
