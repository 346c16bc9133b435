"""The picture library: every picture of the database with its caption and where it is used.

Only shows and emits: the window stores. Thumbnails are decoded scaled down from the database
bytes, in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Asset
from editorberita.ui.picturepanel import ASSET_ROLE, picture_icon


class PictureLibraryDialog(QDialog):
    """Every picture of the database with its caption and where it is used, for reuse.

    After ``exec()``, ``chosen`` is the picture picked and ``action`` is "insert" or
    "featured" (None when closed).
    """

    def __init__(self, assets: Sequence[Asset], usage: dict[int, list[tuple[int, str]]],
                 loader: Callable[[int], bytes | None], *, can_use: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picture_library")
        self.setWindowTitle(self.tr("Picture library"))
        self.resize(760, 520)
        self.chosen: Asset | None = None
        self.action: str | None = None
        self._assets = list(assets)
        self._usage = usage

        self.list = QListWidget(self)
        self.list.setObjectName("library_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(150, 110))
        self.list.setGridSize(QSize(176, 160))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        for asset in self._assets:
            text = asset.caption.strip() or self.tr("(no caption)")
            item = QListWidgetItem(picture_icon(loader(asset.id), 150),
                                   text if len(text) <= 48 else text[:46] + "…", self.list)
            item.setData(ASSET_ROLE, asset.id)
            item.setToolTip(self._describe(asset))
        self.details = QLabel(self)
        self.details.setObjectName("library_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.empty = QLabel(self.tr("No pictures in this database yet. Insert one with "
                                    "Pictures › Insert picture, or drop a photo on the editor."),
                            self)
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self._assets)

        buttons = QDialogButtonBox(self)
        self.insert_button = QPushButton(self.tr("Insert into article"), self)
        self.insert_button.setObjectName("library_insert")
        self.featured_button = QPushButton(self.tr("Use as featured picture"), self)
        self.featured_button.setObjectName("library_featured")
        buttons.addButton(self.insert_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.featured_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._can_use = can_use

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemDoubleClicked.connect(self._on_double_clicked)
        self.insert_button.clicked.connect(self._on_insert)
        self.featured_button.clicked.connect(self._on_featured)
        buttons.rejected.connect(self.reject)
        if self._assets:
            self.list.setCurrentRow(0)
        self._on_row_changed(self.list.currentRow())

    def select_asset(self, asset_id: int) -> None:
        """Select a picture by id."""
        for row, asset in enumerate(self._assets):
            if asset.id == asset_id:
                self.list.setCurrentRow(row)

    def _describe(self, asset: Asset) -> str:
        lines = [asset.caption.strip() or self.tr("(no caption)")]
        if asset.credit.strip():
            lines.append(asset.credit.strip())
        lines.append(self.tr("{width} × {height} pixels, {size} KB").format(
            width=asset.width, height=asset.height, size=max(1, round(asset.size / 1024))))
        used = self._usage.get(asset.id, [])
        if used:
            names = "; ".join(headline or self.tr("(untitled)") for _, headline in used[:5])
            more = len(used) - 5
            if more > 0:
                names += " " + self.tr("and %n more", "", more)
            lines.append(self.tr("Used in: {articles}").format(articles=names))
        else:
            lines.append(self.tr("Not used in any article"))
        return "\n".join(lines)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        asset = self._assets[row] if 0 <= row < len(self._assets) else None
        self.details.setText(self._describe(asset) if asset else "")
        for button in (self.insert_button, self.featured_button):
            button.setEnabled(asset is not None and self._can_use)

    def _choose(self, action: str) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self._assets)) or not self._can_use:
            return
        self.chosen = self._assets[row]
        self.action = action
        self.accept()

    @Slot()
    def _on_insert(self) -> None:
        self._choose("insert")

    @Slot()
    def _on_featured(self) -> None:
        self._choose("featured")

    @Slot(QListWidgetItem)
    def _on_double_clicked(self, _item: QListWidgetItem) -> None:
        self._choose("insert")
