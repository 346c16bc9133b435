"""Live preview: the export's HTML in a QTextBrowser, updated block by block while typing.

Rendering runs in a pool thread on cached blocks (``core.incremental``); the GUI thread then
replaces only the changed paragraphs in the document (``ui.previewdocument`` keeps which blocks
each paragraph occupies), so a keystroke in a 20,000-word story costs a few milliseconds
instead of a full render and layout. Opening an article renders in the pool thread too
(``ui.previewrender``), so a long story never stalls the window. Markdown, nh3 and Jinja load
with the first rendering, after the window's first paint; at start-up the window can show the
saved preview of the last article instead (``show_rendering``). Here: the view, the render
thread, scrolling with the editor, links and pictures.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QShowEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from editorberita.core.domain import Article
from editorberita.core.paths import article_css
from editorberita.core.segments import Rendering
from editorberita.typing_compat import override
from editorberita.ui.previewdocument import SegmentDocument
from editorberita.ui.previewrender import (
    DARK_CSS,
    PICTURE_CSS,
    LazyRenderer,
    RenderJob,
    RenderSignals,
)

if TYPE_CHECKING:  # Markdown & co. load with the first rendering, off the start-up path
    from editorberita.core.incremental import BlockRenderer
    from editorberita.core.newsroom import PageRecord
    from editorberita.core.pictures import PictureSet

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 200
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


class PreviewPane(QTextBrowser):
    """A read-only preview of the article as exported, following the editor's position."""

    line_visible = Signal(int)
    #: The document now shows the latest article (after opening it or a debounced update).
    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        #: Returns the bytes of a stored picture (``asset:<id>``); set by the window with
        #: ``set_asset_loader`` once its store is open. Until then pictures show placeholders.
        self.asset_loader: Callable[[str], bytes | None] | None = None
        self._placeholders = False  # a placeholder was shown: reload pictures with the loader
        #: Returns the stored pictures an article shows (captions, credits); set by the window.
        #: Called on the render thread too: it must only read.
        self.pictures_provider: Callable[[Article], PictureSet | None] | None = None
        #: Returns the newsroom's record of an article (corrections, reply links, related
        #: strip: ``core.newsroom``); set by the session. Called on the render thread, like
        #: ``pictures_provider``: reading it takes a handful of queries.
        self.record_provider: Callable[[Article], PageRecord | None] | None = None
        self._dark = False
        self._renderer = LazyRenderer()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = RenderSignals(self)
        self._pending: tuple[Article, str] | None = None
        self._rendering_input: tuple[Article, str] | None = None  # of the job in the pool
        self._last: tuple[Article, str, Rendering] | None = None  # what the document shows
        self._generation = 0
        self._busy = False
        self._again = False
        self._stale = False
        self._open_next = False  # the next rendering is a newly opened article: rebuild, top
        self._following = False  # True while we scroll on the editor's behalf
        self._document = SegmentDocument(self.document, self.verticalScrollBar().value,
                                         self._scroll_quietly, self._apply_style)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)

        self._timer.timeout.connect(self._on_timer)
        self._signals.done.connect(self._on_rendered)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- public interface -----------------------------------------------------------------

    def show_article(self, article: Article, category_name: str = "") -> None:
        """Show another article: rendered in the pool thread at once, then shown from the top.

        The old document stays until the new one is ready (a few milliseconds for a news story),
        so a 20,000-word story never stalls the window while it renders.
        """
        self._generation += 1
        self._timer.stop()
        self._pending = (article, category_name)
        self._open_next = True
        if not self.isVisible():
            self._stale = True
            self._document.forget()
            return
        self._start_render()

    def show_rendering(self, article: Article, category_name: str, rendering: Rendering) -> None:
        """Show a rendering made earlier (the saved preview, at start-up) as if just made."""
        if not self.isVisible():
            self.show_article(article, category_name)
            return
        self._generation += 1
        self._timer.stop()
        self._pending = self._rendering_input = (article, category_name)
        self._open_next = False
        self._busy = True
        self._last = (article, category_name, rendering)
        self._scroll_quietly(0)
        self._apply(rendering, rebuild=True, done=self._on_applied)

    def shown_rendering(self) -> tuple[Article, str, Rendering] | None:
        """Return the article, rubric name and rendering on show; None while one is pending."""
        return None if self.is_stale() else self._last

    def schedule_article(self, article: Article, category_name: str = "") -> None:
        """Update the preview after typing pauses for DEBOUNCE_MS."""
        self._pending = (article, category_name)
        self._timer.start()

    def scroll_to_source_line(self, line: int) -> None:
        """Bring the paragraph rendered from source line ``line`` to the top of the view."""
        top = self._document.source_line_top(line)
        if top is not None:
            self._scroll_quietly(top)

    def ensure_source_line_visible(self, line: int) -> None:
        """Scroll only if the paragraph of source line ``line`` is out of view (cursor moves)."""
        top = self._document.source_line_top(line)
        bar = self.verticalScrollBar()
        if top is not None and not bar.value() <= top < bar.value() + self.viewport().height():
            self._scroll_quietly(top)

    def _scroll_quietly(self, value: int) -> None:
        """Scroll without reporting it back (for the editor, or after rebuilding)."""
        self._following = True
        try:
            self.verticalScrollBar().setValue(value)
        finally:
            self._following = False

    def source_line_at_top(self) -> int:
        """Return the first source line of the paragraph at the top of the view."""
        return self._document.source_line_of_block(
            self.cursorForPosition(QPoint(2, 2)).blockNumber())

    def warm_up(self) -> None:
        """Load Markdown, Jinja and Babel in the pool thread while the store opens (start-up).

        The store's SQLite queries release the GIL, so this overlaps with them instead of
        adding to the wait for the first preview.
        """
        self._pool.start(self._warm_up)

    def _warm_up(self) -> None:
        try:
            self._renderer.get().render(Article(headline="-", body="-"))
        except Exception:  # the real rendering reports problems; this is only a head start
            logger.exception("Preview warm-up failed")

    @property
    def renderer(self) -> BlockRenderer:
        """Return the block renderer the pool thread uses (created on first use)."""
        return self._renderer.get()

    def set_dark(self, dark: bool) -> None:
        """Switch the preview to dark colours, matching a dark editor (rebuilt off-thread)."""
        if dark == self._dark:
            return
        self._dark = dark
        self.setStyleSheet("QTextBrowser { background: #1e1f20; color: #e3e3e3; }"
                           if dark else "")
        if self._pending is not None:
            self._document.forget()  # rebuild with the new stylesheet, keeping the scroll position
            if self.isVisible():
                self._start_render()
            else:
                self._stale = True

    def set_asset_loader(self, loader: Callable[[str], bytes | None]) -> None:
        """Load pictures with ``loader`` from now on; placeholders shown so far are replaced."""
        self.asset_loader = loader
        if self._placeholders:
            self._placeholders = False
            self._document.forget()  # a rebuild clears the document's cached placeholders
            if self._pending is not None:
                if self.isVisible():
                    self._start_render()
                else:
                    self._stale = True

    def refresh_pictures(self) -> None:
        """Show changed captions or credits now (they are not part of the article's text)."""
        if self._pending is not None:
            self._timer.start(0)

    def refresh_record(self) -> None:
        """Show a changed record now (a correction added: it is not part of the text)."""
        self.refresh_pictures()

    @property
    def renders(self) -> int:
        """Return how many times the document was (re)built or patched (for tests)."""
        return self._document.renders

    def is_stale(self) -> bool:
        """Return True if the shown document is older than the last scheduled article."""
        return self._stale or self._timer.isActive() or self._busy or self._again

    # -- rendering --------------------------------------------------------------------------

    def _apply_style(self) -> None:
        css = article_css() + PICTURE_CSS + (DARK_CSS if self._dark else "")
        self.document().setDefaultStyleSheet(css)
        self.setStyleSheet("QTextBrowser { background: #1e1f20; color: #e3e3e3; }"
                           if self._dark else "")

    @Slot()
    def _on_timer(self) -> None:
        if self._pending is None:
            return
        if not self.isVisible():
            self._stale = True  # nobody is looking: render when shown
            return
        self._start_render()

    def _start_render(self) -> None:
        """Render the pending article in the pool thread (one job at a time)."""
        if self._pending is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._stale = False
        article, category = self._rendering_input = self._pending
        self._pool.start(RenderJob(self._renderer, article, category, self._generation,
                                    self._signals, self.pictures_provider,
                                    self.record_provider))

    @Slot(object, int)
    def _on_rendered(self, rendering: Rendering | None, generation: int) -> None:
        if self._again:  # newer text arrived meanwhile: render that instead
            self._busy = self._again = False
            self._start_render()
            return
        if rendering is None or generation != self._generation or not self.isVisible():
            self._busy = False
            return
        if self._rendering_input is not None:
            self._last = (*self._rendering_input, rendering)
        opened, self._open_next = self._open_next, False
        if opened:
            self._scroll_quietly(0)
        # Still busy until the document is built: a long one is built over several turns of
        # the event loop, so typing and scrolling go on meanwhile.
        self._apply(rendering, rebuild=opened or not self._document.segments, progressive=True,
                    done=self._on_applied)

    def _on_applied(self) -> None:
        """The document shows the latest rendering (or gave up for a newer article)."""
        self._busy = False
        if self._again:
            self._again = False
            self._start_render()
        else:
            self.updated.emit()

    def _apply(self, rendering: Rendering, *, rebuild: bool, progressive: bool = False,
               done: Callable[[], None] | None = None) -> None:
        """Show a rendering (``SegmentDocument.apply``): patched, or rebuilt when ``rebuild``."""
        generation = self._generation
        self._document.apply(rendering, rebuild=rebuild, progressive=progressive,
                             done=done or (lambda: None),
                             current=lambda: generation == self._generation)

    # -- events and links -------------------------------------------------------------------

    @override
    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the preview was hidden."""
        super().showEvent(event)
        if self._stale and self._pending is not None:
            self._stale = False
            self._start_render()

    @override
    def loadResource(self, type: int, name: QUrl | str) -> object:
        """Return stored pictures; never fetch anything from the network or the disk.

        The picture comes from the database in memory (no temporary file) and is scaled to
        the pane's width: the rich-text engine ignores CSS ``max-width``.
        """
        if isinstance(name, str):
            name = QUrl(name)
        if name.scheme() != "asset":
            return None  # remote (http/https) and local files are never loaded
        room = max(120, self.viewport().width() - 2 * int(
            self.document().documentMargin()) - 24)
        if self.asset_loader is None:  # start-up: the store is not open yet
            self._placeholders = True
            return self._placeholder(room)
        try:
            data = self.asset_loader(name.path())
        except (ValueError, LookupError):
            return None
        except Exception:  # an exception leaving a Qt virtual would stop the document's build
            logger.exception("Picture %s not loaded", name.toString())
            return self._placeholder(room)
        if data:
            image = QImage.fromData(data)
            if image.isNull():
                return None
            if image.width() > room:
                image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            return image
        return None

    def _placeholder(self, width: int) -> QImage:
        """Return a plain box where a picture will show once it can be loaded."""
        image = QImage(min(width, 480), min(width, 480) * 9 // 16, QImage.Format.Format_RGB32)
        image.fill(QColor("#3a3c3e" if self._dark else "#e6e6e6"))
        return image

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        """Open web and mail links in the system browser; never navigate the preview."""
        if url.scheme() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())

    @Slot(int)
    def _on_scrolled(self, _value: int) -> None:
        if not self._following and self._document.lines:
            self.line_visible.emit(self.source_line_at_top())
