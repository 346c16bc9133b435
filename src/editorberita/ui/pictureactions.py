"""Pictures in the open article: insert, featured picture, the library, captions and credits.

``PictureController`` registers the Pictures menu's actions, stores pictures through the
``ArticleSession`` (checked, scaled and cleaned by ``core.imaging`` first) and keeps the
picture panel under the editor showing the open article's pictures. The panel's and the
editor's requests are wired in the window's one signal block.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMainWindow

from editorberita.core.domain import Article, EditorBeritaError
from editorberita.ui.messages import explain

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.images import PictureSource
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings


class PictureController(QObject):
    """Stores pictures and puts them in the open article; keeps the picture panel current."""

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 prompts: Prompts, actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panel = panes.picture_panel
        self.editor = panes.editor
        self.preview = panes.preview
        self.settings = settings
        self.prompts = prompts
        self.window = window
        self._keys: tuple[object, ...] = ()  # what the panel shows: featured id, body's keys
        actions.create("insert_picture", self.tr("&Insert picture…"), self._on_insert_picture,
                       "Ctrl+Shift+I", self.tr("Insert a photo (JPEG, PNG or WebP) at the cursor"))
        actions.create("add_featured_picture", self.tr("Add &featured picture…"),
                       self._on_add_featured_picture)
        actions.create("picture_library", self.tr("Picture &library…"), self.show_library,
                       "Ctrl+Shift+L", self.tr("Reuse a picture stored in this database"))
        keep = actions.create("keep_original_size", self.tr("Keep &original size"),
                              self._on_keep_original_size, checkable=True,
                              tip=self.tr("Store new pictures without scaling them down"))
        keep.setChecked(bool(settings.get("pictures/keep_original")))

    # ---------------------------------------------------------------- panel

    @Slot(object)
    def on_article_changed(self, article: Article | None) -> None:
        """Show the pictures of the article now open (none when nothing is open)."""
        if article is None:
            self.panel.set_pictures([], None)
            self._keys = ()
        else:
            self.refresh(article, force=True)

    @Slot(object)
    def refresh(self, article: Article | None = None, *, force: bool = False) -> None:
        """Show the article's pictures in the panel when the body's references change."""
        from editorberita.core.pictures import article_pictures, referenced_keys

        article = article or self.session.compose()
        if article is None or not self.session.is_open:
            return
        keys = (article.featured_asset_id, *referenced_keys(article.body))
        if keys == self._keys and not force:
            return
        self._keys = keys
        self.panel.set_pictures(article_pictures(self.session.store, article),
                                article.featured_asset_id)

    def focus_missing_alt(self, asset_id: int) -> None:
        """Select a picture and put the cursor in its alt text (export asks for it)."""
        self.panel.select_asset(asset_id)
        self.panel.alt_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -------------------------------------------------------------- storing

    def _store_picture(self, source: PictureSource) -> int | None:
        """Check, scale, clean and store one picture; return its asset id (None if refused)."""
        from editorberita.core.imaging import prepare_picture
        from editorberita.core.picturecheck import PictureError

        try:
            prepared = prepare_picture(
                source.read(), name=source.name,
                longest_side=int(self.settings.get("pictures/longest_side")),
                keep_original=bool(self.settings.get("pictures/keep_original")))
            asset = self.session.store.add_asset(prepared.data, prepared.mime,
                                                 width=prepared.width, height=prepared.height)
        except (PictureError, EditorBeritaError) as exc:
            self.prompts.warn(self.window, self.tr("The picture was not added"), explain(exc))
            return None
        return asset.id

    @Slot(list)
    def insert_pictures(self, sources: list[PictureSource]) -> list[int]:
        """Store pictures and insert each at the cursor as its own paragraph; return their ids."""
        from editorberita.core.pictures import picture_markdown

        if self.session.current is None:
            return []
        inserted = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for source in sources:
                asset_id = self._store_picture(source)
                if asset_id is None:
                    continue
                self.editor.insert_block(picture_markdown(self.session.store.get_asset(asset_id)))
                inserted.append(asset_id)
        finally:
            QApplication.restoreOverrideCursor()
        if inserted:
            self.refresh(force=True)
            self.panel.select_asset(inserted[-1])
            self.panel.caption_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.window.statusBar().showMessage(
                self.tr("%n picture(s) inserted; add a caption and credit.", "", len(inserted)),
                6000)
        return inserted

    def _ask_file(self, title: str) -> Path | None:
        return self.prompts.open_file(self.window, title,
                                      self.settings.export_folder or str(Path.home()),
                                      self.tr("Pictures (*.jpg *.jpeg *.png *.webp)"))

    @Slot(object)
    def set_featured(self, asset_id: int | None) -> None:
        """Make a picture the article's featured one (None: no featured picture)."""
        current = self.session.current
        if current is None or current.featured_asset_id == asset_id:
            return
        self.session.change(featured_asset_id=asset_id)
        self.refresh(force=True)
        if asset_id is not None:
            self.panel.select_asset(asset_id)

    @Slot()
    def _on_insert_picture(self) -> None:
        from editorberita.ui.images import PictureSource

        path = self._ask_file(self.tr("Insert picture"))
        if path is not None:
            self.insert_pictures([PictureSource(f"Berkas {path.name}", path=path)])

    @Slot()
    def _on_add_featured_picture(self) -> None:
        from editorberita.ui.images import PictureSource

        path = self._ask_file(self.tr("Featured picture"))
        if path is None or self.session.current is None:
            return
        asset_id = self._store_picture(PictureSource(f"Berkas {path.name}", path=path))
        if asset_id is not None:
            self.set_featured(asset_id)
            self.panel.caption_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_library(self) -> None:
        """Open the picture library; insert or feature the picture chosen there."""
        from editorberita.core.pictures import where_used
        from editorberita.ui.picturelibrary import PictureLibraryDialog  # like every dialog

        self.panel.commit()
        store = self.session.store
        dialog = PictureLibraryDialog(store.list_assets(), where_used(store),
                                      self.session.picture_bytes,
                                      can_use=self.session.current is not None,
                                      parent=self.window)
        if dialog.exec() != PictureLibraryDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        self.use_library_picture(dialog.chosen.id, dialog.action or "insert")

    def use_library_picture(self, asset_id: int, action: str) -> None:
        """Reuse a stored picture: insert it at the cursor or make it the featured one."""
        from editorberita.core.pictures import picture_markdown

        if self.session.current is None:
            return
        if action == "featured":
            self.set_featured(asset_id)
            return
        self.editor.insert_block(picture_markdown(self.session.store.get_asset(asset_id)))
        self.refresh(force=True)
        self.panel.select_asset(asset_id)

    @Slot(bool)
    def _on_keep_original_size(self, on: bool) -> None:
        self.settings.set("pictures/keep_original", on)

    @Slot(int, str, str, str)
    def save_details(self, asset_id: int, caption: str, credit: str, alt: str) -> None:
        """Store a picture's caption, credit and alt text as typed in the panel."""
        try:
            self.session.store.update_asset(asset_id, caption=caption, credit=credit,
                                            alt_text=alt)
        except EditorBeritaError as exc:
            self.prompts.warn(self.window, self.tr("The picture was not changed"), explain(exc))
            return
        self.preview.refresh_pictures()
