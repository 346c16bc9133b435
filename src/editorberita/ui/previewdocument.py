"""The preview's document as segments: built or patched from a rendering, mapped to source lines.

A rendering (``core.segments``) is a head, one segment per body paragraph and a tail. The
document keeps which blocks each segment occupies and the first source line of each, so an
edit replaces only the paragraphs that changed (a few milliseconds in a 20,000-word story)
and the editor and the preview can follow each other line by line. A new document is built
in slices with the event loop running in between, so a long story never stalls typing.
``ui.preview`` owns the view, the render thread and the scrolling; this module the blocks.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument

from editorberita.core.segments import Rendering
from editorberita.ui.previewrender import qt_figures, strip_wrapper

# Beyond this many changed segments a fresh document is cheaper than editing the old one.
MAX_PATCH_SEGMENTS = 40
# A new document is built in slices this long, with the event loop running in between.
REBUILD_SLICE_MS = 12
_JOINER = "\u2060"  # word joiner: a throwaway character that keeps inserted blocks' formats


class SegmentDocument:
    """A QTextDocument filled segment by segment, remembering where each segment lies.

    ``scroll_value`` and ``scroll_quietly`` read and restore the view's position around a
    rebuild or a patch; ``restyle`` sets the style sheet of a cleared document.
    """

    def __init__(self, document: Callable[[], QTextDocument], scroll_value: Callable[[], int],
                 scroll_quietly: Callable[[int], None], restyle: Callable[[], None]) -> None:
        self._document = document
        self._scroll_value = scroll_value
        self._scroll_quietly = scroll_quietly
        self._restyle = restyle
        self.renders = 0  # how many times the document was (re)built or patched; for tests
        self.segments: list[str] = []  # HTML of each segment shown: head, body..., tail
        self._block_counts: list[int] = []  # QTextBlocks each segment occupies
        self._block_starts: list[int] = []
        self.lines: list[int] = []  # first source line of each segment (-1 head, big tail)

    def forget(self) -> None:
        """Make the next rendering rebuild the document instead of patching it."""
        self.segments = []

    def source_line_top(self, line: int) -> int | None:
        """Return the y of the paragraph rendered from a source line, or None before a build."""
        if not self.lines or not self._block_starts:
            return None
        doc = self._document()
        index = max(0, bisect.bisect_right(self.lines, line) - 1)
        block = doc.findBlockByNumber(self._block_starts[min(
            index, len(self._block_starts) - 1)])
        if not block.isValid():
            return None
        return int(doc.documentLayout().blockBoundingRect(block).top())

    def source_line_of_block(self, number: int) -> int:
        """Return the first source line of the segment holding block ``number``."""
        if not self.lines:
            return 0
        index = max(0, bisect.bisect_right(self._block_starts, number) - 1)
        return max(0, self.lines[min(index, len(self.lines) - 1)])

    def apply(self, rendering: Rendering, *, rebuild: bool, progressive: bool,
              done: Callable[[], None], current: Callable[[], bool]) -> None:
        """Show a rendering, patching only the segments that differ from what is shown.

        ``progressive`` builds a new document in slices of REBUILD_SLICE_MS between which the
        event loop runs; ``done`` is called once the document is complete, or once a build
        is given up because ``current()`` turned False (another article was opened).
        """
        body = rendering.body
        new = [rendering.head, *(s.html for s in body), rendering.tail]
        lines = [-1, *(s.first_line for s in body), (body[-1].last_line + 1) if body else 0]
        if not rendering.incremental and len(body) == 1 and not rendering.head:
            lines = [-1, 0, 1 << 30]
        old = self.segments
        prefix = 0
        while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while (suffix < min(len(old), len(new)) - prefix
               and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]):
            suffix += 1
        changed = len(new) - prefix - suffix + len(old) - prefix - suffix

        def finish() -> None:
            self.segments = new
            self.lines = lines
            self._block_starts = []
            total = 0
            for count in self._block_counts:
                self._block_starts.append(total)
                total += count
            if changed or rebuild:
                self.renders += 1
            done()

        if rebuild or prefix == 0 or changed > MAX_PATCH_SEGMENTS:
            self.segments, self.lines = [], []  # nothing to patch or follow until built
            self._rebuild(new, finish, done, current, progressive)
            return
        if changed:
            self._patch(prefix, len(old) - suffix, new[prefix:len(new) - suffix])
        finish()

    def _insert_segment(self, cursor: QTextCursor, html: str, first: bool) -> int:
        """Insert one segment's HTML at the cursor as whole blocks; return blocks added."""
        doc = self._document()
        before = doc.blockCount()
        html = qt_figures(html)
        if first:
            cursor.insertHtml(html)
            return doc.blockCount()
        # insertHtml merges the fragment's first block into the cursor's block and drops
        # its format; a throwaway inline character takes that place and is removed again.
        position = cursor.position()
        cursor.insertHtml(f"<span>{_JOINER}</span>{strip_wrapper(html)}")
        joiner = QTextCursor(doc)
        joiner.setPosition(position)
        joiner.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        if joiner.selectedText() == _JOINER:
            joiner.removeSelectedText()
        return doc.blockCount() - before

    def _rebuild(self, segments: list[str], finish: Callable[[], None],
                 aborted: Callable[[], None], current: Callable[[], bool],
                 progressive: bool) -> None:
        """Build the document from scratch, one segment after another.

        A 20,000-word story has ~540 segments (~70 ms to insert): ``progressive`` inserts them
        in slices of REBUILD_SLICE_MS and lets the event loop run in between, top first.
        """
        doc = self._document()
        value = self._scroll_value()
        doc.clear()
        self._restyle()
        counts: list[int] = []
        remaining = iter(enumerate(segments))

        def step() -> None:
            if not current():  # another article was opened meanwhile
                finish_aborted()
                return
            try:
                insert()
            except BaseException:  # never stay "busy" for good: the next edit renders again
                finish_aborted()
                raise

        def insert() -> None:
            clock = QElapsedTimer()
            clock.start()
            cursor = QTextCursor(doc)
            cursor.beginEditBlock()
            for index, html in remaining:
                cursor.movePosition(QTextCursor.MoveOperation.End)
                html = strip_wrapper(html) if index == 0 else html
                counts.append(self._insert_segment(cursor, html, index == 0))
                if progressive and clock.elapsed() >= REBUILD_SLICE_MS:
                    cursor.endEditBlock()
                    QTimer.singleShot(0, step)
                    return
            cursor.endEditBlock()
            self._block_counts = counts
            self._scroll_quietly(value)
            finish()

        def finish_aborted() -> None:
            self._block_counts = counts
            self.segments = []  # half a document: the next rendering rebuilds it
            aborted()

        step()

    def _patch(self, start: int, end: int, segments: list[str]) -> None:
        """Replace old segments [start, end) with ``segments``, keeping the scroll position."""
        doc = self._document()
        value = self._scroll_value()
        counts = self._block_counts
        first_block = sum(counts[:start])
        last_block = first_block + sum(counts[start:end])
        anchor_block = doc.findBlockByNumber(first_block - 1)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.setPosition(anchor_block.position() + anchor_block.length() - 1)
        if end > start:
            last = doc.findBlockByNumber(last_block - 1)
            cursor.setPosition(last.position() + last.length() - 1,
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        added = [self._insert_segment(cursor, html, False) for html in segments]
        cursor.endEditBlock()
        self._block_counts = counts[:start] + added + counts[end:]
        self._scroll_quietly(value)
