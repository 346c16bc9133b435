"""The export summary dialog: what a batch export did, which articles failed and why.

The reasons are core's messages (``ExportSummary.failures``), worded in the interface language
by ``ui.messages.explain``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.export import ExportSummary
from editorberita.ui.messages import explain


class ExportSummaryDialog(QDialog):
    """What a batch export did: how many files, which articles failed and why."""

    def __init__(self, summary: ExportSummary, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export finished") if summary.ok
                            else self.tr("Export finished with problems"))
        text = self.tr("{done} of {total} articles exported to {folder}.").format(
            done=len(summary.written), total=summary.total, folder=str(folder))
        if summary.cancelled:
            text += " " + self.tr("The export was cancelled.")
        if summary.failures:
            text += " " + self.tr("%n article(s) were not exported; no partial file was left "
                                  "behind. The reasons:", "", len(summary.failures))
        label = QLabel(text, self)
        label.setObjectName("export_summary_label")
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("export_failures")
        self.details.setReadOnly(True)
        self.details.setPlainText("\n".join(
            f"• {('#' + str(a)) if isinstance(a, int) else (a.headline or '#' + str(a.id))}: "
            f"{explain(why)}" for a, why in summary.failures))
        self.details.setVisible(bool(summary.failures))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360 if summary.failures else 140)
