"""The open article: one ``ArticleSession`` per window owns the store and what the editor holds.

Open, compose, save (a debounce after the last keystroke, bounded by a maximum wait; on
switching; Ctrl+S records a revision), the conflict choice (asked through ``Prompts``) when
another program saved first,
and the start-up adoption: ``show_first`` puts the last article (read without SQLAlchemy) in
the form before the store is open, ``adopt_first`` takes it over once the store agrees. Every
feature asks the session, never the window's privates; the session tells the window what
happened through its signals, and the window wires them in its one signal block.

The store arrives after the first paint (``ui.startup``): ``store`` raises ``StoreNotOpenError``
before ``attach``, so nothing can reach a store that is not there; ``is_open`` says whether it
is. Module-level imports stay light (PySide6, ``core.domain``): this loads before the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from editorberita.core.domain import Article, ConflictError, EditorBeritaError, NotFoundError
from editorberita.ui.desks import apply_desk_name
from editorberita.ui.messages import explain

if TYPE_CHECKING:  # the store (SQLAlchemy) and the panes' heavy parts load after the first paint
    from editorberita.core.newsroom import PageRecord
    from editorberita.core.pictures import PictureSet
    from editorberita.core.segments import Rendering
    from editorberita.core.store import ArticleStore
    from editorberita.ui.editor import MarkdownEditor
    from editorberita.ui.metadata import MetadataPanel
    from editorberita.ui.preview import PreviewPane
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.settings import Settings
    from editorberita.ui.sidebarmodel import SidebarModel

logger = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
# Steady typing keeps restarting the debounce; this bounds how long typed text can stay unsaved.
AUTOSAVE_MAX_DELAY_MS = 1500


class StoreNotOpenError(RuntimeError):
    """Something asked for the store before start-up opened it (a programming error)."""


class ArticleSession(QObject):
    """The store and the one article open in the form, the editor and the preview."""

    #: A different article is shown (``None``: nothing is open): opened, adopted, restored.
    article_changed = Signal(object)
    #: The article was opened by the user or at start-up (its id), after ``article_changed``.
    article_opened = Signal(int)
    #: (the article before, the article as saved): the list, the counts and the tags follow.
    article_saved = Signal(object, object)
    #: The form or the editor changed (the composed article): preview, pictures and title follow.
    edited = Signal(object)
    #: An article was added to the store behind the list's back (a conflict's copy).
    articles_added = Signal()

    def __init__(self, settings: Settings, prompts: Prompts, metadata: MetadataPanel,
                 editor: MarkdownEditor, preview: PreviewPane, sidebar_model: SidebarModel,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prompts = prompts
        self.metadata = metadata
        self.editor = editor
        self.preview = preview
        self.sidebar_model = sidebar_model  # rubric names for the preview
        preview.pictures_provider = self.pictures_of
        preview.record_provider = self.record_of
        self._record: tuple[tuple[object, ...], PageRecord | None] | None = None  # last read
        self._record_generation = 0  # a forgotten record read meanwhile is not kept
        self._dialog_parent = parent
        self._store: ArticleStore | None = None
        self._current: Article | None = None
        self._first: Article | None = None  # shown by ``show_first``; ``adopt_first`` takes it
        self._first_edited = False
        self._dirty = False
        self._loading = False
        #: Why the open article is not ours to edit (another editor's lease), or "" (issue 14).
        self.locked = ""
        #: Set by ``ui.deskcollab``: takes a save the server cannot (article, the error or None
        #: before trying) and keeps it on this PC; True when kept.
        self.divert: Callable[[Article, EditorBeritaError | None], bool] | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._max_wait_timer = QTimer(self)
        self._max_wait_timer.setSingleShot(True)
        self._max_wait_timer.setInterval(AUTOSAVE_MAX_DELAY_MS)
        self._save_timer.timeout.connect(self._on_save_timer)
        self._max_wait_timer.timeout.connect(self._on_save_timer)

    # ---------------------------------------------------------------- state

    @property
    def store(self) -> ArticleStore:
        """Return the open store; raises ``StoreNotOpenError`` before start-up attached it."""
        if self._store is None:
            raise StoreNotOpenError("the store is not open yet")
        return self._store

    @property
    def is_open(self) -> bool:
        """Return True once the store is attached."""
        return self._store is not None

    @property
    def read_only(self) -> bool:
        """Return True when the store refuses writes (another window has it, or a backup)."""
        return self._store is not None and bool(self._store.read_only)

    @property
    def current(self) -> Article | None:
        """Return the open article as last loaded or saved (``None``: nothing is open)."""
        return self._current

    @property
    def is_dirty(self) -> bool:
        """Return True when the form or the editor holds changes not saved yet."""
        return self._dirty

    @property
    def showing_first(self) -> bool:
        """Return True while start-up shows an article the store has not confirmed yet."""
        return self._first is not None

    def attach(self, store: ArticleStore) -> None:
        """Use the store start-up opened (once; a restored backup gets a new window)."""
        if self._store is not None and self._store is not store:
            raise RuntimeError("a session keeps its store; open a new window for another")
        self._store = store
        apply_desk_name(store, self.settings)  # who saves: recorded on saves and revisions
        # Placeholders shown so far are replaced by the stored pictures.
        self.preview.set_asset_loader(self.picture_bytes_by_key)

    def when_open(self, slot: Callable[..., object]) -> Callable[..., None]:
        """Return ``slot`` made to ignore requests that come before the store is open."""

        def guarded(*args: object) -> None:
            if self._store is not None:
                slot(*args)

        return guarded

    def category_name(self, article: Article | None = None) -> str:
        """Return the rubric name shown in the preview for an article (the open one)."""
        article = article or self._current
        if article is None or article.category_id is None:
            return ""
        return self.sidebar_model.category_name(article.category_id)

    # ------------------------------------------------------------- pictures

    def picture_bytes(self, asset_id: int) -> bytes | None:
        """Return a stored picture's bytes (None if it is gone, or the store is not open)."""
        if self._store is None:
            return None
        try:
            return self._store.asset_data(asset_id)
        except EditorBeritaError:
            return None

    def picture_bytes_by_key(self, key: str) -> bytes | None:
        """Return the bytes of the picture ``asset:<key>`` (a hash prefix, or an old id)."""
        if self._store is None:  # start-up: the preview shows placeholders until then
            return None
        if key.isdigit() and len(key) < 12:
            return self.picture_bytes(int(key))
        asset = self._store.find_assets([key]).get(key)
        return self.picture_bytes(asset.id) if asset is not None else None

    def pictures_of(self, article: Article) -> PictureSet | None:
        """Return the stored pictures an article shows (the preview calls this off-thread)."""
        if self._store is None:  # start-up: ``show_first`` renders before the store is open
            return None
        from editorberita.core.pictures import pictures_for

        return pictures_for(self._store, article)

    def record_of(self, article: Article) -> PageRecord | None:
        """Return the record the page export prints with an article (the preview shows it).

        Called in the preview's pool thread, like ``pictures_of`` (the store opens a session
        per call): reading it takes a handful of small queries (5-10 ms on a big desk), which
        the GUI thread paid at every article opened. While typing it is read again only when
        what it depends on changed (the "Baca juga" picks, the reply link, rubric, tags); a
        save or ``forget_record`` (a correction added) reads it afresh -- a read that began
        before them is used once but not kept.
        """
        store = self._store
        if store is None or article.id is None:
            return None
        from editorberita.core.storylinks import story_ids

        key = (article.id, tuple(story_ids(article.body)), article.reply_to_id,
               article.category_id, tuple(article.tags))
        kept, generation = self._record, self._record_generation
        if kept is not None and kept[0] == key:
            return kept[1]
        from editorberita.core.export import export_filename
        from editorberita.core.newsroom import RecordReader

        try:
            record = RecordReader(store, "html", None, export_filename).gather(article)
        except EditorBeritaError:  # a store that went away: the preview shows the text alone
            record = None
        if generation == self._record_generation:
            self._record = (key, record)
        return record

    def forget_record(self) -> None:
        """Read the record afresh for the next preview (it changed outside the text)."""
        self._record_generation += 1
        self._record = None

    def compose(self) -> Article | None:
        """Return the open article with the form's and the editor's values."""
        if self._current is None:
            return None
        return self.metadata.apply_to(self._current).copy(body=self.editor.markdown())

    # ------------------------------------------------------------- opening

    def open(self, article_id: int) -> bool:
        """Save the open article, then show another one; False if it does not exist."""
        if self._current is not None and self._current.id == article_id:
            return True
        if not self.save_now():
            return False
        try:
            article = self.store.get_article(article_id)
        except NotFoundError:
            return False
        except EditorBeritaError as exc:  # the desk's server went away
            self._warn(self.tr("The article could not be opened"), explain(exc))
            return False
        self.show(article)
        self.article_opened.emit(article_id)
        return True

    def show(self, article: Article) -> None:
        """Put an article in the form, editor and preview without counting it as an edit."""
        self._loading = True
        try:
            self._current = article
            self._dirty = False
            self.metadata.set_article(article)
            self.editor.setEnabled(True)
            self.editor.set_markdown(article.body)
            self.preview.show_article(article, self.category_name(article))
        finally:
            self._loading = False
        self.settings.last_article = article.id
        self.article_changed.emit(article)

    def clear(self) -> None:
        """Show no article (it went to the Trash, or its rubric was emptied)."""
        self._loading = True
        try:
            self._current = None
            self._dirty = False
            self.metadata.set_article(None)
            self.editor.set_markdown("")
            self.editor.setEnabled(False)
            self.preview.setHtml("")
        finally:
            self._loading = False
        self.article_changed.emit(None)

    def reload_from_store(self) -> None:
        """Pick up a change the store made to the open article (moved, rubric deleted)."""
        if self._current is None or self._current.id is None:
            return
        try:
            fresh = self.store.get_article(self._current.id)
        except NotFoundError:
            self.clear()
            return
        if fresh.version != self._current.version:
            self.show(fresh)

    def change(self, **fields: object) -> None:
        """Change fields the form does not edit (the featured picture) and save them soon."""
        if self._current is None:
            return
        self._current = self._current.copy(**fields)
        self.on_edited()

    # ------------------------------------------------------------- start-up

    def show_first(self, article: Article, category_name: str,
                   rendering: Rendering | None = None) -> None:
        """Show the last article before the store is open, so start-up need not wait for it.

        Start-up reads it without SQLAlchemy (``core.quickread.peek_article``) right after the
        first paint; the preview renders it while SQLAlchemy loads. The body stays read-only
        until ``adopt_first`` has read the same article through the store. ``rendering`` is
        its preview saved when the window last closed, shown without rendering again.
        """
        self._loading = True
        self._first_edited = False
        try:
            self._first = article
            self.metadata.set_article(article)
            self.editor.set_markdown(article.body)
            self.editor.setEnabled(True)
            self.editor.setReadOnly(True)
            if rendering is not None:
                self.preview.show_rendering(article, category_name, rendering)
            else:
                self.preview.show_article(article, category_name)
        finally:
            self._loading = False

    def adopt_first(self) -> bool:
        """Make the article ``show_first`` showed the open one, if the store agrees.

        If the store holds something else (the file changed, or a backup was opened instead
        of a damaged file), the caller opens the article from the store as usual.
        """
        from editorberita.core.pictures import referenced_keys

        first, self._first = self._first, None
        if first is None:
            return False
        self.editor.setReadOnly(self.read_only)
        try:
            stored = self.store.get_article(first.id or 0)
        except NotFoundError:
            return False
        if stored != first:
            return False
        self._current = stored
        self._dirty = False
        if not self._first_edited and self.compose() != stored:
            # The form must show what the store holds, field by field (issue 11): fill it
            # again now that every choice exists (an undated draft differs by its date only).
            logger.debug("Start-up form differed from the stored article; filled again")
            self._loading = True
            try:
                self.metadata.set_article(stored)
            finally:
                self._loading = False
        self.article_changed.emit(stored)
        if stored.featured_asset_id is not None or referenced_keys(stored.body):
            # Pictures come from the store: render them now.
            self.preview.show_article(stored, self.category_name(stored))
        if self._first_edited:  # a field typed in before the store opened is kept and saved
            self.on_edited()
        self.article_opened.emit(stored.id or 0)
        return True

    def save_preview(self) -> None:
        """Keep the open article's preview for the next start (``core.quickread``; at close)."""
        shown = self.preview.shown_rendering()
        if shown is None or self._current is None or shown[0].id != self._current.id:
            return
        from editorberita.core import quickread
        from editorberita.core.paths import cache_dir

        try:
            key = quickread.preview_key(shown[0], shown[1])
            if key is not None:
                quickread.save_preview(cache_dir(), key, shown[2])
        except OSError as exc:  # no data folder: the next start renders, that is all
            logger.info("Preview not kept: %s", exc)

    # --------------------------------------------------------------- saving

    @Slot()
    def on_edited(self) -> None:
        """The form or the editor changed: save soon, and show the change."""
        if self._loading:
            return
        if self._current is None:
            self._first_edited = self._first is not None
            return
        self._dirty = True
        self._save_timer.start()
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()
        article = self.compose()
        if article is not None:
            self.preview.schedule_article(article, self.category_name(article))
            self.edited.emit(article)

    @Slot()
    def _on_save_timer(self) -> None:
        self.save_now()

    def save_now(self, *, manual: bool = False) -> bool:
        """Save the open article if it changed (always when ``manual``); False on failure."""
        self._save_timer.stop()
        self._max_wait_timer.stop()
        if self._current is None or self.locked or (not self._dirty and not manual):
            return True
        article = self.compose()
        assert article is not None
        if self.divert is not None and self.divert(article, None):  # the server is away
            self._dirty = False
            return True
        from editorberita.core import revisions

        try:
            reason = revisions.MANUAL if manual else revisions.autosave_reason(
                self._current, article, self.store.latest_revision_time(article.id or 0))
            saved = self.store.save_article(article, revision_reason=reason, manual=manual)
        except ConflictError as exc:
            return self.resolve_conflict(exc)
        except EditorBeritaError as exc:
            if self.divert is not None and self.divert(article, exc):  # kept on this PC
                self._dirty = False
                return True
            self._warn(self.tr("The article could not be saved"), explain(exc))
            return False
        self._after_save(article, saved)
        return True

    def adopt_saved(self, composed: Article, saved: Article) -> None:
        """Take ``saved`` (``composed`` as stored elsewhere: the offline journal's replay)."""
        self._after_save(composed, saved)

    def _after_save(self, composed: Article, saved: Article) -> None:
        before = self._current
        self._current = saved
        # Keystrokes typed while saving stay dirty; compare what was saved with the editor now.
        now = self.compose()
        self._dirty = now is not None and now.body != composed.body
        self.metadata.show_saved_slug(saved.slug)
        self.forget_record()  # the record may follow the saved fields (ralat status, picks)
        self.article_saved.emit(before, saved)

    def resolve_conflict(self, exc: ConflictError) -> bool:
        """Let the editor choose; every choice keeps both texts (see core.revisions)."""
        from editorberita.core import revisions
        from editorberita.ui.conflictdialog import ConflictChoice

        mine, theirs = exc.mine, exc.theirs
        choice = self.prompts.resolve_conflict(self._dialog_parent, mine, theirs)
        try:
            if choice is ConflictChoice.KEEP_MINE and theirs is not None:
                self._after_save(mine, revisions.keep_mine(self.store, exc))
            elif choice is ConflictChoice.TAKE_THEIRS and theirs is not None:
                theirs = revisions.take_theirs(self.store, exc)
                self.show(theirs)
                self.article_saved.emit(None, theirs)
            else:
                copy = revisions.save_copy(
                    self.store, exc,
                    self.tr("{headline} (copy)").format(headline=mine.headline))
                self.articles_added.emit()
                self.show(copy)
        except EditorBeritaError as error:
            self._warn(self.tr("The article could not be saved"), explain(error))
            return False
        return True

    def _warn(self, title: str, message: str) -> None:
        self.prompts.warn(self._dialog_parent, title, message)
