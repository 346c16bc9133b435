"""Block-cached article rendering for the live preview: re-render only the paragraphs that changed.

A full Python-Markdown render of a 20,000-word story takes ~160 ms, far too long to run on every
keystroke. A story is a sequence of top-level Markdown blocks separated by blank lines, and each
block renders to the same HTML alone as inside the whole story, so each block's HTML is cached
by its source text. Features that need the whole document (footnotes, reference links,
abbreviations, raw HTML blocks) fall back to one full render. The output is checked against
``core.render`` (the export path) by the tests. May import ``core.domain``, ``core.render``,
``core.segments`` and markdown; no Qt.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markdown.extensions.fenced_code import FencedBlockPreprocessor

from editorberita.core.credits import credit_initials
from editorberita.core.domain import Article
from editorberita.core.render import (
    article_view,
    place_dateline,
    place_initials,
    render_article_fragment,
    render_markdown,
    render_related_html,
)
from editorberita.core.segments import Rendering, Segment
from editorberita.core.storylinks import resolve_story_links

# Constructs whose meaning depends on text elsewhere in the document: definitions used by
# reference links, footnotes, abbreviations, raw HTML blocks (which may span blank lines) and
# ids from attribute lists (the sanitiser keeps only the first of equal ids).
_WHOLE_DOCUMENT = re.compile(
    r"^ {0,3}\[[^\]\n]+\]:|\[\^|^ {0,3}\*\[|^ {0,3}<[A-Za-z!?/]|\{:?[^}\n]*#", re.MULTILINE)
# A block starting like this always may continue the previous one (indented list content or
# code, definition lists); over-joining is always safe, only slower.
_CONTINUATION = re.compile(r"[ \t]|:")
# Python-Markdown joins a quote to a quote before it and a list item to a list before it.
_QUOTE = re.compile(r" {0,3}>")
_LIST_ITEM = re.compile(r" {0,3}([*+-]|\d+[.)])[ \t]")
_HAS_QUOTE = re.compile(r"^ {0,3}>", re.MULTILINE)
_HAS_LIST_ITEM = re.compile(r"^ {0,3}([*+-]|\d+[.)])[ \t]", re.MULTILINE)


def _continues(line: str, previous: str) -> bool:
    """Return True if a block starting with ``line`` may belong to the block ``previous``."""
    if _CONTINUATION.match(line):
        return True
    if _QUOTE.match(line):
        return _HAS_QUOTE.search(previous) is not None
    if _LIST_ITEM.match(line):
        return _HAS_LIST_ITEM.search(previous) is not None
    return False
if TYPE_CHECKING:
    from editorberita.core.newsroom import PageRecord
    from editorberita.core.pictures import PictureSet

_FENCE = FencedBlockPreprocessor.FENCED_BLOCK_RE
_MARKER = "EBSEGMENTMARKER7F3A"
# The block before ends in visible text (not only tags such as <hr> or an empty heading).
_TEXT_AT_END = re.compile(r"[^>\s]\s*(</[a-z0-9]+>\s*)*$")


@dataclass(frozen=True)
class SourceBlock:
    """A top-level Markdown block and the 0-based source lines it spans (inclusive)."""

    text: str
    first_line: int
    last_line: int


def needs_full_render(text: str) -> bool:
    """Return True when the body uses a feature that needs the whole document to render."""
    return _WHOLE_DOCUMENT.search(text) is not None


def _fenced_lines(text: str) -> set[int]:
    """Return the line numbers inside fenced code blocks, found as Python-Markdown finds them."""
    # Python-Markdown normalises tabs and whitespace-only lines before fences are matched.
    normal = re.sub(r"(?<=\n) +\n", "\n", text.expandtabs(4) + "\n\n")
    inside: set[int] = set()
    pos = 0
    while (match := _FENCE.search(normal, pos)) is not None:
        first = normal.count("\n", 0, match.start())
        last = first + normal.count("\n", match.start(), match.end())
        inside.update(range(first, last + 1))
        pos = match.end()
    return inside


def split_blocks(text: str) -> list[SourceBlock]:
    """Split a Markdown body at blank lines that separate independent top-level blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    fenced = _fenced_lines(text) if ("```" in text or "~~~" in text) else set()
    blocks: list[SourceBlock] = []
    start = -1
    for number, line in enumerate(lines):
        # Python-Markdown empties whitespace-only lines, except the very first one.
        blank = (not line if number == 0 else not line.strip(" \t")) and number not in fenced
        if blank:
            # A whitespace-only block renders to nothing alone but to code in context: keep it.
            if start >= 0 and any(x.strip() for x in lines[start:number]):
                blocks.append(SourceBlock("\n".join(lines[start:number]), start, number - 1))
                start = -1
            continue
        if start < 0:
            start = number
            if blocks and _continues(line, blocks[-1].text):
                previous = blocks.pop()
                start = previous.first_line
    if start >= 0:
        blocks.append(SourceBlock("\n".join(lines[start:]), start, len(lines) - 1))
    return blocks


class BlockRenderer:
    """Render article bodies block by block, keeping each block's HTML from the last render."""

    def __init__(self, render_block: Callable[[str], str] = render_markdown) -> None:
        self._render_block = render_block
        self._cache: dict[tuple[str, str], str] = {}
        self._alone: dict[str, str] = {}  # blocks rendered as if first, to cut them off
        self._frame_key: tuple[object, ...] | None = None
        self._frame: tuple[str, str] | None = None
        # The preview renders in a pool thread but may also render on the GUI thread
        # (article switch); one lock keeps the caches consistent.
        self._lock = threading.Lock()

    def body_segments(self, body: str) -> tuple[list[Segment], bool]:
        """Return the body's segments and whether it was split into blocks (not a fallback)."""
        if needs_full_render(body):
            return [Segment(self._render_block(body), 0, body.count("\n"))], False
        cache = self._cache
        fresh: dict[tuple[str, str], str] = {}
        segments = []
        context = ""
        for block in split_blocks(body):
            key = (context, block.text)
            html = fresh.get(key) or cache.get(key)
            if html is None:
                html = self._render_in_context(block.text, context)
                if html is None:
                    return [Segment(self._render_block(body), 0, body.count("\n"))], False
            fresh[key] = html
            segments.append(Segment(html, block.first_line, block.last_line))
            context = block.text
        # Keep only what the current text uses, so memory follows the article, not history.
        self._cache = fresh
        if len(self._alone) > 2 * len(fresh) + 64:
            self._alone.clear()
        return segments, True

    def _render_in_context(self, text: str, context: str) -> str | None:
        """Render one block as it renders after ``context`` in the document (None if unsure).

        The typography pass judges a quote by the character before it, even across blocks, so
        a block is rendered behind its predecessor and the predecessor's own HTML cut off.
        """
        if not context:
            html = self._alone[text] = self._alone.get(text) or self._render_block(text)
            return html
        before = self._alone.get(context)
        if before is None:
            before = self._alone[context] = self._render_block(context)
        if not _TEXT_AT_END.search(before):
            return None  # e.g. a rule or empty heading: the context reaches further back
        both = self._render_block(context + "\n\n" + text)
        if not both.startswith(before + "\n"):
            return None
        return both[len(before) + 1:]

    def _head_tail(self, article: Article, category_name: str,
                   pictures: PictureSet | None = None,
                   record: PageRecord | None = None) -> tuple[str, str] | None:
        """Return the fragment's markup before and after the body, or None if it can't be split.

        The tail carries the record as the page export prints it: notice, reply links,
        corrections, then the "Berita terkait" strip (``record``, read by the caller).
        """
        key = (article.headline, article.subheadline, article.byline, article.lead,
               tuple(article.tags), article.published_at, article.zone, category_name,
               article.editor, article.unverified, article.kind,  # issue 16: credits, notice
               pictures.signature() if pictures is not None else (), record)
        if key != self._frame_key:
            probe = article.copy(body=_MARKER, dateline="", initials="", editor_initials="")
            fragment = render_article_fragment(probe, category_name, pictures, record)
            marker = f"<p>{_MARKER}</p>"
            if fragment.count(marker) != 1:
                self._frame = None
            else:
                head, tail = fragment.split(marker)
                if record is not None and record.related:
                    tail += "\n" + render_related_html(article_view(probe, category_name,
                                                                    None, record))
                self._frame = (head, tail)
            self._frame_key = key
        return self._frame

    def render(self, article: Article, category_name: str = "",
               pictures: PictureSet | None = None,
               record: PageRecord | None = None) -> Rendering:
        """Render the article, reusing cached blocks; falls back to the export path if needed.

        ``pictures`` turns stored pictures into figures after the cache, so an edited caption
        shows without re-rendering any Markdown. ``record`` (``core.newsroom``, read from the
        store by the caller) adds what the page export prints around the text and resolves
        "Baca juga" links as the export does.
        """
        with self._lock:
            frame = self._head_tail(article, category_name, pictures, record)
            if frame is None:
                # The template changed shape: give up on segments, still show the export HTML.
                lines = article.body.count("\n")
                html = render_article_fragment(article, category_name, pictures, record)
                return Rendering("", (Segment(html, 0, lines),), "", False)
            # "Baca juga" links as the export resolves them (same lines: only targets change).
            body = resolve_story_links(article.body, dict(record.links) if record else {})
            segments, split = self.body_segments(body)
        if pictures is not None:
            segments = [Segment(pictures.apply(s.html), s.first_line, s.last_line)
                        if "asset:" in s.html else s for s in segments]
        segments = _place_dateline_initials(segments, article)
        return Rendering(frame[0], tuple(segments), frame[1], split)


def _place_dateline_initials(segments: list[Segment], article: Article) -> list[Segment]:
    """Apply ``place_dateline`` and ``place_initials``, touching as few segments as possible.

    Both functions are owned by ``core.render`` and work on the whole body; rather than copy
    their rules, apply them to the joined HTML and keep every segment they left unchanged.
    """
    if not segments:
        segments = [Segment("", 0, 0)]
    if article.dateline.strip():
        segments = _apply_to_body(segments, lambda h: place_dateline(h, article.dateline), True)
    initials = credit_initials(article)  # "rw/ed" (core.credits), as the exports close it
    if initials.strip("() \t\n"):
        segments = _apply_to_body(segments, lambda h: place_initials(h, initials), False)
    if len(segments) == 1 and not segments[0].html:
        return []
    return segments


def _apply_to_body(segments: list[Segment], change: Callable[[str], str],
                   at_start: bool) -> list[Segment]:
    """Apply a whole-body change and merge only the segments at the start (or end) it altered."""
    htmls = [s.html for s in segments]
    joined = "\n".join(htmls)
    changed = change(joined)
    if changed == joined:
        return segments
    n = len(segments)
    for touched in range(1, min(n, 4)):
        if at_start:
            kept = "\n" + "\n".join(htmls[touched:])
            if changed.endswith(kept):
                merged = Segment(changed[:len(changed) - len(kept)], segments[0].first_line,
                                 segments[touched - 1].last_line)
                return [merged, *segments[touched:]]
        else:
            kept = "\n".join(htmls[:n - touched]) + "\n"
            if changed.startswith(kept):
                merged = Segment(changed[len(kept):], segments[n - touched].first_line,
                                 segments[-1].last_line)
                return [*segments[:n - touched], merged]
    return [Segment(changed, segments[0].first_line, segments[-1].last_line)]
