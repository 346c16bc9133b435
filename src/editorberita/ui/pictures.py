"""The article's picture panel (caption, credit, alt text, featured) and the picture library.

Both only show and emit: the window stores. Thumbnails are decoded scaled down from the
database bytes, in memory. May import ``core.domain``, ``core.pictures``, ``ui.images`` and
PySide6.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import Asset
from editorberita.typing_compat import override

EDIT_DELAY_MS = 400
ASSET_ROLE = Qt.ItemDataRole.UserRole


def _icon(data: bytes | None, side: int) -> QIcon:
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
                    icon = self._icons[asset.sha256] = _icon(self._loader(asset.id), 72)
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
        updated = Asset(**{**asset.__dict__, "caption": caption, "credit": credit,
                           "alt_text": alt})
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
            item = QListWidgetItem(_icon(loader(asset.id), 150),
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
