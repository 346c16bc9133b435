"""Markdown syntax highlighting for the editor: headings, emphasis, links, quotes, lists, code.

Line-based regular expressions plus one block state for fenced code, so re-highlighting after a
keystroke touches only the edited line (and the following ones only while a fence opens or
closes). Misspelt words get a red wavy underline from an optional spell function, only in
blocks the view shows: the others are remembered and checked when scrolled into view.
May import PySide6 only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editorberita.typing_compat import override

NORMAL, IN_FENCE = 0, 1
FENCE = re.compile(r"^(`{3,}|~{3,})")

_HEADING = re.compile(r"^#{1,6}\s.*$|^(=+|-+)\s*$")
_QUOTE = re.compile(r"^\s{0,3}>.*$")
_LIST = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_TABLE = re.compile(r"\|")
_TABLE_LINE = re.compile(r"^\s*\|")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# Not a doubled marker at either end: "**bold**" is strong, not emphasis around "*bold*".
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")
_CODE = re.compile(r"(`+)(.+?)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>|https?://\S+")

LIGHT = {"heading": "#8a1c14", "marker": "#8c8c8c", "quote": "#555555", "code": "#2f5d50",
         "code_bg": "#f1f1ee", "link": "#0b57d0", "url": "#7a7a7a", "list": "#b3261e"}
DARK = {"heading": "#f2b8b5", "marker": "#8f8f8f", "quote": "#b8b8b8", "code": "#a8dab5",
        "code_bg": "#2a2d2e", "link": "#8ab4f8", "url": "#9a9a9a", "list": "#f28b82"}


SPELL_COLOR = "#d32f2f"


class Span(Protocol):
    """A stretch of a line: ``core.spelling.WordSpan`` fits (read-only, as it is frozen)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpellFunction = Callable[[str], Sequence[Span]]


def underline(highlighter: QSyntaxHighlighter, spans: Sequence[Span],
              runs: Sequence[tuple[int, int, QTextCharFormat]] = ()) -> None:
    """Add a red wavy underline to spans, keeping each character's syntax colours.

    ``runs`` are the (start, length, format) the highlighter set on this line, in order (a
    later one wins where they overlap). Each span gets one ``setFormat`` per stretch of equal
    syntax format: asking Qt for every character's format cost ~1 ms per misspelt word.
    """
    colour = QColor(SPELL_COLOR)
    for span in spans:
        owners = [-1] * (span.end - span.start)  # the run that formats each character
        for index, (run_start, length, _fmt) in enumerate(runs):
            for position in range(max(run_start, span.start),
                                  min(run_start + length, span.end)):
                owners[position - span.start] = index
        start = 0
        while start < len(owners):
            end = start + 1
            while end < len(owners) and owners[end] == owners[start]:
                end += 1
            owner = owners[start]
            fmt = QTextCharFormat(runs[owner][2]) if owner >= 0 else QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(colour)
            highlighter.setFormat(span.start + start, end - start, fmt)
            start = end


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colour Markdown syntax so structure stands out while the text stays plain."""

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        self._spell: SpellFunction | None = None
        self._runs: list[tuple[int, int, QTextCharFormat]] = []  # formats set on this line
        self.visible_blocks = (0, -1)  # first and last block number spell checking looks at
        self.set_dark(dark)

    def set_spell_function(self, spell: SpellFunction | None) -> None:
        """Underline what ``spell(line)`` returns in the visible blocks (None: no checking)."""
        self._spell = spell

    def has_spell_function(self) -> bool:
        """Return True when misspelt words are underlined."""
        return self._spell is not None

    def _check_spelling(self, text: str) -> None:
        """Underline misspelt words, in the blocks the view shows only (typing stays fast)."""
        if self._spell is None:
            return
        first, last = self.visible_blocks
        if first <= self.currentBlock().blockNumber() <= last:
            underline(self, self._spell(text), self._runs)

    def set_dark(self, dark: bool) -> None:
        """Switch between colours for a light and a dark editor background."""
        colours = DARK if dark else LIGHT

        def fmt(colour: str, *, bold: bool = False, italic: bool = False,
                mono: bool = False, background: str | None = None) -> QTextCharFormat:
            f = QTextCharFormat()
            f.setForeground(QColor(colour))
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            if mono:
                f.setFontFamilies(["Noto Sans Mono", "DejaVu Sans Mono", "Consolas", "monospace"])
            if background:
                f.setBackground(QColor(background))
            return f

        self._formats = {
            "heading": fmt(colours["heading"], bold=True),
            "marker": fmt(colours["marker"]),
            "quote": fmt(colours["quote"], italic=True),
            "code": fmt(colours["code"], mono=True, background=colours["code_bg"]),
            "link": fmt(colours["link"]),
            "url": fmt(colours["url"]),
            "list": fmt(colours["list"], bold=True),
        }
        strong = QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        emphasis = QTextCharFormat()
        emphasis.setFontItalic(True)
        self._formats["strong"] = strong
        self._formats["emphasis"] = emphasis
        self.rehighlight()

    def _mark(self, start: int, count: int, fmt: QTextCharFormat) -> None:
        """Format part of the line, remembering it for the spelling underline."""
        self._runs.append((start, count, fmt))
        self.setFormat(start, count, fmt)

    @override
    def highlightBlock(self, text: str) -> None:
        """Highlight one line; fenced code carries over to the next line via the block state."""
        f = self._formats
        self._runs = []
        in_fence = self.previousBlockState() == IN_FENCE
        if in_fence or FENCE.match(text):
            self._mark(0, len(text), f["code"])
            closing = in_fence and FENCE.match(text) is not None
            self.setCurrentBlockState(NORMAL if closing else IN_FENCE)
            return
        self.setCurrentBlockState(NORMAL)
        if _INDENTED.match(text) and not _LIST.match(text):
            previous = self.currentBlock().previous()
            if not previous.isValid() or not previous.text().strip():
                self._mark(0, len(text), f["code"])
                return
        if _HEADING.match(text):
            self._mark(0, len(text), f["heading"])
            self._check_spelling(text)
            return
        if _RULE.match(text):
            self._mark(0, len(text), f["marker"])
            return
        if _QUOTE.match(text):
            self._mark(0, len(text), f["quote"])
        if (match := _LIST.match(text)) is not None:
            self._mark(0, match.end(), f["list"])
        if _TABLE_LINE.match(text):
            for match in _TABLE.finditer(text):
                self._mark(match.start(), 1, f["marker"])
        for match in _STRONG.finditer(text):
            self._mark(match.start(), match.end() - match.start(), f["strong"])
        for match in _EMPHASIS.finditer(text):
            self._mark(match.start(), match.end() - match.start(), f["emphasis"])
        for match in _LINK.finditer(text):
            self._mark(match.start(), match.end() - match.start(), f["url"])
            self._mark(match.start(1), match.end(1) - match.start(1), f["link"])
        for match in _AUTOLINK.finditer(text):
            self._mark(match.start(), match.end() - match.start(), f["url"])
        for match in _CODE.finditer(text):
            self._mark(match.start(), match.end() - match.start(), f["code"])
        self._check_spelling(text)
