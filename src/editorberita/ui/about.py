"""The About dialog: version, Qt and PySide6 versions, where the data lives, and the licences.

The LGPL asks that users can see Qt's and PySide6's licence and versions; the other bundled
components' notices are shown too. May import ``core.licenses``, ``core.paths`` and PySide6.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editorberita import __version__
from editorberita.core.licenses import Component, bundled_components
from editorberita.core.paths import data_dir, portable_data_dir


class AboutDialog(QDialog):
    """Shows the version line and a list of components with their licence texts."""

    def __init__(self, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About EditorBerita"))
        self.components: list[Component] = bundled_components()

        logo = QLabel(self)
        if icon is not None and not icon.isNull():
            logo.setPixmap(icon.pixmap(64, 64))
        title = QLabel(f"<b style='font-size:15pt'>EditorBerita {__version__}</b>", self)
        summary = QLabel(self.tr("An offline article editor for Indonesian news desks."), self)
        versions = QLabel(self.tr("Qt {qt} · PySide6 {pyside} · Python {python}").format(
            qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()), self)
        where = (self.tr("Portable mode: data folder {path}") if portable_data_dir()
                 else self.tr("Data folder: {path}")).format(path=data_dir())
        folder = QLabel(where, self)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        header_text = QVBoxLayout()
        for label in (title, summary, versions, folder):
            header_text.addWidget(label)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(header_text, 1)

        intro = QLabel(self.tr(
            "EditorBerita is built with the components below. Qt and PySide6 are used under the "
            "GNU LGPL version 3; you may replace them with your own build of the same version."),
            self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for component in self.components:
            version = f" {component.version}" if component.version else ""
            item = QListWidgetItem(f"{component.name}{version}")
            item.setToolTip(component.license)
            self.list.addItem(item)
        self.license_label = QLabel(self)
        self.license_label.setWordWrap(True)
        self.license_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.license_label)
        right_layout.addWidget(self.text, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 610])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_license)
        if self.components:
            self.list.setCurrentRow(0)
        self.resize(860, 600)

    def component_names(self) -> list[str]:
        """Return the names listed (for tests)."""
        return [c.name for c in self.components]

    @Slot(int)
    def _show_license(self, row: int) -> None:
        if 0 <= row < len(self.components):
            component = self.components[row]
            self.license_label.setText(self.tr("Licence: {license}").format(
                license=component.license))
            self.text.setPlainText(component.text())
            self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
