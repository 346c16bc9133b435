"""The check panel (*periksa naskah*): the problems ``core.checks`` finds, with click-to-jump.

A dock beside the editor: one row per problem ("Isi: Spasi ganda…"), a summary line and a
"check again" button. Activating a row emits ``problem_activated``; the window puts the cursor
there. May import ``core.checks`` and PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.checks import Problem

ProblemRole = Qt.ItemDataRole.UserRole + 1
EXCERPT = 30  # characters of context shown around a problem in the body


class CheckPanel(QDockWidget):
    """Lists an article's problems; double-click or Enter jumps to one."""

    problem_activated = Signal(object)
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_panel")
        self.setWindowTitle(self.tr("Check article"))
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.recheck_button = QPushButton(self.tr("Check again"), body)
        self.recheck_button.setToolTip(self.tr("Check the article as it is now (F7)"))
        self.list = QListWidget(body)
        self.list.setObjectName("check_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setToolTip(self.tr("Click a problem to go to it"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.recheck_button)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        self.recheck_button.clicked.connect(self.recheck_requested)
        self.set_problems([], {})

    def set_problems(self, problems: list[Problem], texts: dict[str, str],
                     field_names: dict[str, str] | None = None) -> None:
        """Show problems; ``texts`` holds each field's text for the excerpts."""
        names = field_names or {}
        self.list.clear()
        for problem in problems:
            label = names.get(problem.field, problem.field)
            line = f"{label}: {problem.message}"
            text = texts.get(problem.field, "")
            if problem.has_position and problem.field == "body" and text:
                line += "\n" + excerpt(text, problem.start, problem.end)
            item = QListWidgetItem(line, self.list)
            item.setData(ProblemRole, problem)
            item.setToolTip(problem.message)
        if problems:
            self.summary.setText(self.tr("%n problem(s) to fix before export", "",
                                         len(problems)))
            color = QColor("#b3261e")
        else:
            self.summary.setText(self.tr("No problems found: ready for export."))
            color = QColor("#2e7d32")
        palette = self.summary.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.summary.setPalette(palette)

    def problems(self) -> list[Problem]:
        """Return the problems listed, in order."""
        return [self.list.item(i).data(ProblemRole) for i in range(self.list.count())]

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        self.problem_activated.emit(item.data(ProblemRole))


def excerpt(text: str, start: int, end: int) -> str:
    """Return "…words [problem] words…" on one line, for the list."""
    before = text[max(0, start - EXCERPT):start]
    after = text[end:end + EXCERPT]
    middle = text[start:end]
    if not middle.strip():  # spaces made visible: "[··]"
        middle = "·" * max(1, len(middle))
    head = "…" if start > EXCERPT else ""
    tail = "…" if end + EXCERPT < len(text) else ""
    return " ".join(f"{head}{before}[{middle}]{after}{tail}".split())
