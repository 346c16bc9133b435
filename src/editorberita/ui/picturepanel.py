"""The article's picture panel: its pictures with caption, credit, alt text and featured.

Only shows and emits: the window stores. Thumbnails are decoded scaled down from the
database bytes, in memory (``ui.images``, loaded with the first picture shown).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from editorberita.core.domain import Asset
from editorberita.typing_compat import override

EDIT_DELAY_MS = 400
ASSET_ROLE = Qt.ItemDataRole.UserRole


def picture_icon(data: bytes | None, side: int) -> QIcon:
    """Return a thumbnail icon of stored picture bytes (empty for none or unreadable)."""
    if not data:
        return QIcon()
    from editorberita.ui.images import thumbnail  # loaded with the first picture shown

    image = thumbnail(data, side)
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


class CaptionEdit(QPlainTextEdit):
    """A caption field that wraps over a few lines (captions often run to two or three).

    One paragraph: Enter moves on, as in a line edit, so the caption renders as one line of
    the figure. Keeps QLineEdit's interface (``text``, ``setText``, ``textEdited``,
    ``editingFinished``) so the panel treats it like the other fields.
    """

    textEdited = Signal(str)
    editingFinished = Signal()
    LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES
                            + 2 * int(self.document().documentMargin())
                            + margins.top() + margins.bottom() + 2)
        self._setting = False
        self.document().contentsChange.connect(self._on_contents_change)

    def text(self) -> str:
        """Return the caption as one line."""
        return " ".join(self.toPlainText().split("\n"))

    def setText(self, text: str) -> None:
        """Show a caption without counting it as an edit."""
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False

    def setCursorPosition(self, position: int) -> None:
        """Put the cursor at ``position`` (the start shows a long caption's beginning)."""
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    @Slot(int, int, int)
    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if (removed or added) and not self._setting:
            self.textEdited.emit(self.text())

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class PicturePanel(QWidget):
    """A strip of the article's pictures and the fields of the one selected.

    Emits ``asset_edited(id, caption, credit, alt)`` shortly after typing stops and
    ``featured_chosen(id or None)`` when "Featured picture" is ticked or cleared.
    """

    asset_edited = Signal(int, str, str, str)
    featured_chosen = Signal(object)

    def __init__(self, loader: Callable[[int], bytes | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picture_panel")
        self._loader = loader
        self._assets: list[Asset] = []
        self._featured_id: int | None = None
        self._loading = False
        self._icons: dict[str, QIcon] = {}

        self.strip = QListWidget(self)
        self.strip.setObjectName("picture_strip")
        self.strip.setViewMode(QListView.ViewMode.ListMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setSpacing(2)
        self.strip.setWrapping(False)
        self.strip.setIconSize(QSize(72, 54))
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setFixedWidth(170)
        self.strip.setFixedHeight(96)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.caption_edit = CaptionEdit(self)
        self.caption_edit.setObjectName("caption_edit")
        self.caption_edit.setPlaceholderText(self.tr("Photo caption: who, what, where"))
        self.credit_edit = QLineEdit(self)
        self.credit_edit.setObjectName("credit_edit")
        self.credit_edit.setPlaceholderText(self.tr("e.g. Photo: Diskominfo Kaltim"))
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setObjectName("alt_edit")
        self.alt_edit.setPlaceholderText(self.tr("What the picture shows, for screen readers"))
        self.featured_check = QCheckBox(self.tr("Featured picture"), self)
        self.featured_check.setObjectName("featured_check")
        self.featured_check.setToolTip(self.tr("Show this picture at the top of the article "
                                               "and in link previews (og:image)"))

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(6)
        form.setVerticalSpacing(3)
        form.addRow(self.tr("Caption"), self.caption_edit)
        form.addRow(self.tr("Credit"), self.credit_edit)
        form.addRow(self.tr("Alt text"), self.alt_edit)
        form.addRow("", self.featured_check)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(8)
        layout.addWidget(self.strip)
        layout.addLayout(form, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self.strip.currentRowChanged.connect(self._on_row_changed)
        for edit in (self.caption_edit, self.credit_edit, self.alt_edit):
            edit.textEdited.connect(self._on_text_edited)
            edit.editingFinished.connect(self.commit)
        self.featured_check.toggled.connect(self._on_featured_toggled)
        self._show_fields(None)

    # -- public -----------------------------------------------------------------------------

    def pictures(self) -> list[Asset]:
        """Return the pictures shown."""
        return list(self._assets)

    def set_pictures(self, assets: Sequence[Asset], featured_id: int | None) -> None:
        """Show an article's pictures, keeping the selection when it is still there."""
        self.commit()
        current = self.current_asset()
        self._assets = list(assets)
        self._featured_id = featured_id
        self._loading = True
        try:
            self.strip.clear()
            for asset in self._assets:
                icon = self._icons.get(asset.sha256)
                if icon is None:
                    icon = self._icons[asset.sha256] = picture_icon(self._loader(asset.id), 72)
                item = QListWidgetItem(icon, "", self.strip)
                item.setData(ASSET_ROLE, asset.id)
                item.setToolTip(asset.caption or self.tr("(no caption)"))
            row = next((i for i, a in enumerate(self._assets)
                        if current is not None and a.id == current.id), 0)
            self.strip.setCurrentRow(row if self._assets else -1)
        finally:
            self._loading = False
        self._show_fields(self.current_asset())
        self.setVisible(bool(self._assets))

    def select_asset(self, asset_id: int) -> None:
        """Select a picture in the strip (e.g. the one just inserted)."""
        for row, asset in enumerate(self._assets):
            if asset.id == asset_id:
                self.strip.setCurrentRow(row)
                return

    def current_asset(self) -> Asset | None:
        """Return the selected picture."""
        row = self.strip.currentRow()
        return self._assets[row] if 0 <= row < len(self._assets) else None

    @Slot()
    def commit(self) -> None:
        """Emit pending edits of the selected picture now."""
        self._timer.stop()
        asset = self.current_asset()
        if asset is None or self._loading:
            return
        caption = self.caption_edit.text().strip()
        credit = self.credit_edit.text().strip()
        alt = self.alt_edit.text().strip()
        if (caption, credit, alt) == (asset.caption, asset.credit, asset.alt_text):
            return
        updated = dataclasses.replace(asset, caption=caption, credit=credit, alt_text=alt)
        self._assets[self.strip.currentRow()] = updated
        item = self.strip.currentItem()
        if item is not None:
            item.setToolTip(caption or self.tr("(no caption)"))
        self.asset_edited.emit(asset.id, caption, credit, alt)

    # -- internals --------------------------------------------------------------------------

    def _show_fields(self, asset: Asset | None) -> None:
        self._loading = True
        try:
            for edit in (self.caption_edit, self.credit_edit, self.alt_edit,
                         self.featured_check):
                edit.setEnabled(asset is not None)
            self.caption_edit.setText(asset.caption if asset else "")
            self.credit_edit.setText(asset.credit if asset else "")
            self.alt_edit.setText(asset.alt_text if asset else "")
            self.featured_check.setChecked(asset is not None and asset.id == self._featured_id)
            for edit in (self.caption_edit, self.credit_edit, self.alt_edit):
                edit.setCursorPosition(0)
        finally:
            self._loading = False

    @Slot(int)
    def _on_row_changed(self, _row: int) -> None:
        if self._loading:
            return
        self._show_fields(self.current_asset())

    @Slot(str)
    def _on_text_edited(self, _text: str) -> None:
        if not self._loading:
            self._timer.start()

    @Slot(bool)
    def _on_featured_toggled(self, checked: bool) -> None:
        asset = self.current_asset()
        if self._loading or asset is None:
            return
        self._featured_id = asset.id if checked else None
        self.featured_chosen.emit(self._featured_id)
