"""Rendering the preview off the GUI thread: the lazily made block renderer and the pool job.

Markdown, nh3 and Jinja load with the first rendering (``LazyRenderer``), after the window's
first paint. A finished rendering is shaped for QTextDocument here (huge paragraph runs sliced,
figures in the form the rich-text engine lays out) and travels back to the GUI thread through
``RenderSignals`` (queued).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Signal,
)

from editorberita.core.domain import Article, EditorBeritaError
from editorberita.core.segments import Rendering, Segment
from editorberita.typing_compat import override
from editorberita.ui.messages import explain

if TYPE_CHECKING:  # Markdown & co. load with the first rendering, off the start-up path
    from editorberita.core.incremental import BlockRenderer
    from editorberita.core.newsroom import PageRecord
    from editorberita.core.pictures import PictureSet

logger = logging.getLogger(__name__)


DARK_CSS = """
body { color: #e3e3e3; background: #1e1f20; }
.judul, .penulis { color: #f1f1f1; }
.subjudul, .teras, blockquote { color: #c9c9c9; }
.meta, .tag li, figcaption, p.figcaption { color: #a8a8a8; }
.rubrik { color: #f28b82; }
a { color: #8ab4f8; }
th { background: #2d2f31; }
"""


# The rich-text engine does not know figure/figcaption: it would run the picture into the
# paragraph before it. The preview shows them as the blocks it knows (the export keeps figure).
PICTURE_CSS = """
.foto { margin: 1em 0 1.2em; }
p.gambar { margin: 0; }
p.figcaption { font-family: "Noto Sans", Arial, sans-serif; font-size: 14px; color: #555555;
               margin: 0.4em 0 1.2em; }
"""

_FIGURE = re.compile(r'<figure class="(foto[^"]*)">(<img\s[^>]*>)'
                     r"(?:<figcaption>(.*?)</figcaption>)?</figure>", re.DOTALL)


def qt_figures(html: str) -> str:
    """Return the markup with our picture figures as div and paragraphs, for QTextDocument."""
    if "<figure" not in html:
        return html

    def block(match: re.Match[str]) -> str:
        caption = match.group(3)
        caption_html = f'<p class="figcaption">{caption}</p>' if caption else ""
        return (f'<div class="{match.group(1)}"><p class="gambar">{match.group(2)}</p>'
                f"{caption_html}</div>")

    return _FIGURE.sub(block, html)


class LazyRenderer:
    """Creates the block renderer (and imports Markdown) on first use, in whichever thread."""

    def __init__(self) -> None:
        self._renderer: BlockRenderer | None = None
        self._lock = threading.Lock()

    def get(self) -> BlockRenderer:
        """Return the renderer, creating it the first time."""
        with self._lock:
            if self._renderer is None:
                from editorberita.core.incremental import BlockRenderer

                self._renderer = BlockRenderer()
            return self._renderer


# A body segment longer than this (HTML characters) is inserted in pieces, so that building
# the document of a huge body never holds the event loop for long (core.mdguard's plain
# paragraphs of a hostile 10 MB body come as one segment).
MAX_SEGMENT_HTML = 64_000
_CONTAINERS = ("<ul", "<ol", "<blockquote", "<table", "<dl", "<div", "<pre", "<figure")


def sliced_rendering(rendering: Rendering) -> Rendering:
    """Return the rendering with huge segments of top-level paragraphs cut into pieces."""
    if all(len(s.html) <= MAX_SEGMENT_HTML for s in rendering.body):
        return rendering
    body: list[Segment] = []
    for segment in rendering.body:
        html = segment.html
        if len(html) <= MAX_SEGMENT_HTML or any(tag in html for tag in _CONTAINERS):
            body.append(segment)
            continue
        start = 0
        while start < len(html):
            cut = html.find("</p>\n<p", start + MAX_SEGMENT_HTML // 2)
            end = len(html) if cut < 0 else cut + 5
            body.append(Segment(html[start:end].strip("\n"), segment.first_line,
                                segment.last_line))
            start = end
    return Rendering(rendering.head, tuple(body), rendering.tail, rendering.incremental)


def refused_rendering(message: str, article: Article) -> Rendering:
    """Return a rendering that shows why the body could not be rendered, instead of a blank."""
    markup = f'<p class="pratinjau-gagal"><b>{escape(message)}</b></p>'
    return Rendering("", (Segment(markup, 0, article.body.count("\n")),), "", False)


class RenderSignals(QObject):
    """Carries a finished rendering from the pool thread to the GUI thread (queued)."""

    done = Signal(object, int)


class RenderJob(QRunnable):
    """Render an article's blocks off the GUI thread."""

    def __init__(self, renderer: LazyRenderer, article: Article, category: str,
                 generation: int, signals: RenderSignals,
                 pictures: Callable[[Article], PictureSet | None] | None = None,
                 record: Callable[[Article], PageRecord | None] | None = None) -> None:
        super().__init__()
        # Both read the store here, off the GUI thread (a session per call).
        self._pictures = pictures
        self._record = record
        self._renderer = renderer
        self._article = article
        self._category = category
        self._generation = generation
        self._signals = signals

    @override
    def run(self) -> None:
        """Render and hand the result back."""
        try:
            pictures = self._pictures(self._article) if self._pictures is not None else None
            record = self._record(self._article) if self._record is not None else None
            rendering = sliced_rendering(
                self._renderer.get().render(self._article, self._category, pictures, record))
        except EditorBeritaError as exc:  # refused (e.g. nested too deep): say why
            logger.info("Preview refused: %s", exc)
            rendering = refused_rendering(explain(exc), self._article)
        except Exception:  # a failed preview must not take the editor down
            logger.exception("Preview rendering failed")
            rendering = refused_rendering(QCoreApplication.translate(
                "PreviewPane", "The preview could not be made. Your text is saved; the details "
                "are in the log."), self._article)
        self._signals.done.emit(rendering, self._generation)


def strip_wrapper(html: str) -> str:
    """Drop the unclosed ``<div class="isi">`` that opens the body (it carries no style).

    The body's segments are inserted one by one; an element left open in one insertion would
    otherwise become an empty paragraph in the QTextDocument.
    """
    stripped = html.rstrip()
    if stripped.endswith(">") and stripped.rfind("<div") > stripped.rfind("</div>"):
        cut = stripped.rfind("<div")
        if stripped.find(">", cut) == len(stripped) - 1:
            return stripped[:cut]
    if html.lstrip().startswith("</div>"):
        return html.lstrip()[len("</div>"):]
    return html
