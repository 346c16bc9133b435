"""Hostile-Markdown guard: keep Python-Markdown near-linear and shallow on any input.

Python-Markdown is quadratic on some input: every unmatched "[" scans to the end of its
paragraph, every unclosed "<tag" makes the HTML parser scan to the next ">", a block
processor that takes one line re-tests the rest of its block, and every inline match
rebuilds its whole paragraph. Deep nesting ("- - - ...", "*a *a ... a* a*") recurses past
Python's limit. ``guard_markdown`` rewrites only what would cost that much, so an
ordinary story comes back unchanged (the tests compare): it escapes unmatched or deeply
nested brackets, "(" that never close, far-unclosed tags and emphasis nested too deep,
caps list and quote nesting and leading indentation, and splits a block of hundreds of
lines or a markup-dense paragraph of many kilobytes into pieces. The text still shows;
only hostile structure is read as plain characters. May import markdown; no Qt.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

# Lists and quotes nested deeper than this are plain text from there on.
MAX_CONTAINER_DEPTH = 16
# Leading whitespace beyond this many columns is cut to it (each 4 columns nest a list).
MAX_INDENT = 64
# A block (text between blank lines) whose lines times characters exceed this is cut into
# blocks of MAX_BLOCK_LINES lines (each line taken re-tests the rest of its block).
BLOCK_BUDGET = 4_000_000
MAX_BLOCK_LINES = 32
# Python-Markdown costs ~25 µs per markup character or line (``_units``): beyond this many
# in a body, the densest blocks are shown as plain text (escaped HTML, linear).
DOC_UNITS = 40_000
# A block shorter than this can't cost much nor nest too deep: it is left as it is (speed).
SMALL_BLOCK = 512
PLAIN_PIECE = 2000
# "[" nested deeper than this is a plain character.
MAX_BRACKET_DEPTH = 8
# Emphasis opened deeper than this is plain characters.
MAX_EMPHASIS_DEPTH = 12
# A paragraph whose markup characters times its length exceed this is cut into pieces.
INLINE_BUDGET = 2_000_000
# A "<tag" whose ">" is further than this (or missing) is plain text, when there are many.
FAR_TAG = 2000
MANY_TAGS = 32

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_MARKER = r"(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))"
# Possessive whitespace: "> " and 30,000 spaces must not backtrack.
_CONTAINERS = re.compile(
    rf"((?:[ \t]*+{_MARKER}){{{MAX_CONTAINER_DEPTH}}})([ \t]*+)({_MARKER})")
_CONTAINER_START = frozenset(">*+-0123456789 \t")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_SETEXT = re.compile(r"^[ \t]*(=+|-+)[ \t]*$")
_BRACKETS = re.compile(r"\\.|[\[\]]", re.DOTALL)
_PARENS = re.compile(r"\\.|[()]", re.DOTALL)
_EMPHASIS = re.compile(r"\\.|[*_]+", re.DOTALL)
_TAGS = re.compile(r"<(?:!--|[A-Za-z/!?])|-->|>")
_MARKUP = "*_[]()<`&\\!"


def guard_markdown(text: str, stash: Callable[[str], str] | None = None) -> str:
    """Return ``text`` with every construct that would make rendering slow or deep made plain.

    ``stash`` (Python-Markdown's ``htmlStash.store``) keeps a plain block's HTML out of the
    parser entirely; without it the block goes in as a raw HTML paragraph.
    """
    text = _cap_nesting(text)
    fenced = "```" in text or "~~~" in text
    if "\n" in text:
        blocks = _BLANK_LINES.split(text)
        seps = _BLANK_LINES.findall(text)
    else:
        blocks, seps = [text], []
    # (A unit is at most 8 per character: a short body never needs the count.)
    costly = not fenced and len(text) * 8 > DOC_UNITS and _units(text) > DOC_UNITS
    plain = _plain_blocks(blocks) if costly else set()
    guarded = [_plain(b, stash) if i in plain else _guard_block(b)
               for i, b in enumerate(blocks)]
    if any(g is not b for g, b in zip(guarded, blocks, strict=True)):
        out = [guarded[0]]
        for sep, block in zip(seps, guarded[1:], strict=True):
            out.append(sep)
            out.append(block)
        text = "".join(out)
    if text.count("<") > MANY_TAGS:
        text = _escape_far_tags(text)
    return text


def _units(block: str) -> int:
    """Return the block's markup characters plus eight per line: ~25 µs of rendering each.

    "<" and "&" count three times (raw HTML and entities go through the HTML parser as
    well), a "|" four (each table row is a few hundred µs), a ">" once (quotes nest by it).
    """
    return (sum(block.count(c) for c in _MARKUP) + 2 * (block.count("<") + block.count("&"))
            + block.count(">") + 4 * block.count("|") + 8 * block.count("\n"))


def _plain_blocks(blocks: list[str]) -> set[int]:
    """Return the densest blocks to show as plain text, so that the rest stays in budget."""
    units = [_units(b) for b in blocks]
    total = sum(units)
    if total <= DOC_UNITS:
        return set()
    plain: set[int] = set()
    for index in sorted(range(len(blocks)), key=lambda i: -units[i] / (len(blocks[i]) + 1)):
        if total <= DOC_UNITS:
            break
        plain.add(index)
        total -= units[index]
    return plain


def _guard_block(block: str) -> str:
    """Return one block (between blank lines) made cheap to render, or the same object."""
    if len(block) < SMALL_BLOCK:
        return block
    lines = block.count("\n")
    markup = None
    if lines > MAX_BLOCK_LINES and lines * len(block) > BLOCK_BUDGET:
        pieces = _split_block(block)
        return "\n\n".join(_guard_inline(p) for p in pieces)
    return _guard_inline(block, markup)


def _plain(block: str, stash: Callable[[str], str] | None = None) -> str:
    """Return paragraphs showing the block's text as written (linear to render).

    Paragraphs of ~2,000 characters: the sanitiser (nh3) is quadratic in the entities of
    one text node ("&amp;" x 160,000 in one paragraph takes seconds).
    """
    text = block.strip()
    pieces: list[str] = []
    start = 0
    while len(text) - start > PLAIN_PIECE:
        end = start + PLAIN_PIECE
        cut = max(text.rfind(" ", start + PLAIN_PIECE // 2, end),
                  text.rfind("\n", start + PLAIN_PIECE // 2, end))
        cut = end if cut <= start else cut
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    markup = "\n".join(f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in pieces
                        if p.strip())
    return stash(markup) if stash is not None else markup


# ------------------------------------------------------------------------------ blocks


def _cap_nesting(text: str) -> str:
    """Escape the list or quote marker past MAX_CONTAINER_DEPTH; cut deep indentation.

    Line by line, and only lines that start like a container: a multi-line regex search
    costs more than the rest of the guard on an ordinary story.
    """
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        if line[:1] not in _CONTAINER_START:
            continue
        match = _CONTAINERS.match(line)
        if match:
            line = f"{match.group(1)}{match.group(2)}\\{match.group(3)}{line[match.end():]}"
            changed = True
        if line[:1] in " \t":
            lead = len(line) - len(line.lstrip(" \t"))
            if lead > MAX_INDENT // 4 and len(line[:lead].expandtabs(4)) > MAX_INDENT:
                line = " " * MAX_INDENT + line[lead:]
                changed = True
        lines[index] = line
    return "\n".join(lines) if changed else text


def _split_block(block: str) -> list[str]:
    """Cut a block into blocks of MAX_BLOCK_LINES lines; a cut table repeats its header.

    Python-Markdown re-tests the rest of a block after each line it takes: n lines cost n².
    """
    lines = block.split("\n")
    header: list[str] = []
    if len(lines) > 2 and "|" in lines[0] and _TABLE_RULE.match(lines[1]):
        header = lines[:2]
    pieces: list[str] = []
    start = 0
    while start < len(lines):
        end = min(start + MAX_BLOCK_LINES, len(lines))
        # Never cut off a setext underline or an indented continuation from its line.
        for probe in range(end, min(end + 8, len(lines))):
            if not (_SETEXT.match(lines[probe]) or lines[probe][:1] in (" ", "\t")):
                end = probe
                break
        chunk = lines[start:end]
        if header and start:
            chunk = header + chunk
        pieces.append("\n".join(chunk))
        start = end
    return pieces


# ------------------------------------------------------------------------------ inline


def _guard_inline(block: str, markup: int | None = None) -> str:
    """Make one block's inline markup cheap: plain brackets, parentheses, emphasis; pieces."""
    if block.count("[") + block.count("]") > 2 * MAX_BRACKET_DEPTH:
        block = _escape_brackets(block)
    if block.count("](") > MAX_BRACKET_DEPTH:
        block = _escape_open_parens(block)
    if block.count("*") + block.count("_") > 2 * MAX_EMPHASIS_DEPTH:
        block = _cap_emphasis(block)
    if len(block) * len(block) <= INLINE_BUDGET:  # markup <= length: within budget anyway
        return block
    markup = sum(block.count(c) for c in _MARKUP) if markup is None else markup
    if markup * len(block) > INLINE_BUDGET:
        block = _split_paragraph(block, markup)
    return block


def _escape_at(text: str, positions: Iterable[int], replacement: str | None = None) -> str:
    """Return ``text`` with a backslash before each position (or the character replaced)."""
    out: list[str] = []
    last = 0
    for pos in sorted(positions):
        out.append(text[last:pos])
        out.append("\\" if replacement is None else replacement)
        last = pos if replacement is None else pos + 1
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _escape_brackets(block: str) -> str:
    """Escape every "[" and "]" that has no partner, or nests deeper than MAX_BRACKET_DEPTH."""
    stack: list[int] = []
    bad: list[int] = []
    deep: set[int] = set()
    for match in _BRACKETS.finditer(block):
        char = match.group()
        if len(char) == 2:
            continue
        pos = match.start()
        if char == "[":
            stack.append(pos)
        elif stack:  # a "]" without partner costs nothing: it stays
            opener = stack.pop()
            if len(stack) >= MAX_BRACKET_DEPTH:
                deep.update((opener, pos))
    bad.extend(stack)
    bad.extend(deep)
    return _escape_at(block, bad)


def _escape_open_parens(block: str) -> str:
    """Escape "(" after "]" that is never closed: the link parser would scan to the end."""
    stack: list[int] = []
    for match in _PARENS.finditer(block):
        char = match.group()
        if char == "(":
            stack.append(match.start())
        elif char == ")" and stack:
            stack.pop()
    return _escape_at(block, [p for p in stack if p and block[p - 1] == "]"])


def _cap_emphasis(block: str) -> str:
    """Escape emphasis runs that would open deeper than MAX_EMPHASIS_DEPTH, and long runs."""
    depth = 0
    bad: list[int] = []
    for match in _EMPHASIS.finditer(block):
        run = match.group()
        if run[0] == "\\":
            continue
        start, end = match.span()
        if len(run) > 3:  # no emphasis needs more; a long run cut in pieces would be a rule
            bad.extend(range(start, end))
            continue
        before = block[start - 1] if start else " "
        after = block[end] if end < len(block) else " "
        opens = not after.isspace() and (before.isspace() or not before.isalnum())
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens and not closes:
            if depth >= MAX_EMPHASIS_DEPTH:
                bad.extend(range(start, end))
            else:
                depth += 1
        elif closes and not opens:
            depth = max(0, depth - 1)
    return _escape_at(block, bad)


def _split_paragraph(block: str, markup: int) -> str:
    """Cut a markup-dense paragraph into paragraphs small enough to render in linear time."""
    # markup density d: a piece of length n costs d * n * n, kept within the budget.
    size = max(200, int((INLINE_BUDGET * len(block) / max(1, markup)) ** 0.5))
    pieces: list[str] = []
    start = 0
    while len(block) - start > size:
        end = start + size
        cut = max(block.rfind(" ", start + size // 2, end),
                  block.rfind("\n", start + size // 2, end),
                  block.rfind(">", start + size // 2, end - 1) + 1)  # never inside a tag
        if cut <= start:  # no space: never cut an escape or an entity in two
            cut = end
            while cut > end - 8 and (block[cut - 1] == "\\"
                                     or block.rfind("&", cut - 8, cut) >= 0):
                cut -= 1
        pieces.append(block[start:cut].strip())
        start = cut
    pieces.append(block[start:].strip())
    return "\n\n".join(p for p in pieces if p)


def _escape_far_tags(text: str) -> str:
    """Make "<tag" plain ("&lt;") where its ">" is far or missing and such tags are many.

    The HTML parser scans from each "<tag" to its ">" (or "-->"); many of them in front of
    one far ">" cost their number times the distance.
    """
    pending: list[tuple[int, bool]] = []  # (position, is a comment)
    bad: list[int] = []
    for match in _TAGS.finditer(text):
        token = match.group()
        pos = match.start()
        if token[0] == "<":
            pending.append((pos, token == "<!--"))
            continue
        comment_end = token == "-->"
        keep: list[tuple[int, bool]] = []
        for start, comment in pending:
            if comment and not comment_end:
                keep.append((start, comment))
            elif pos - start > FAR_TAG:
                bad.append(start)
        pending = keep
        if len(pending) > MANY_TAGS:  # unclosed comments piling up: the oldest are far anyway
            bad.extend(start for start, _ in pending[:-MANY_TAGS])
            pending = pending[-MANY_TAGS:]
    bad.extend(start for start, _ in pending)
    if len(bad) <= MANY_TAGS // 4:
        return text
    return _escape_at(text, bad, "&lt;")


# -------------------------------------------------------------------- placeholders

# Python-Markdown hides finished inline parts as STX "klzzwxh:N" ETX while it works on the
# rest; a link target that swallows one (``![a](b "(1)) [f](y)``) leaks it into the page.
PLACEHOLDER = re.compile("\x02(?:klzzwxh|wzxhzdk):\\d+\x03")
_PLACEHOLDER_START = "\x02klzzwxh:"


class PlaceholderSafeLinks(Extension):
    """Refuse a link or image whose target or title would swallow another inline part.

    The text then stays as written and the part it would have swallowed (a link) is kept.
    """

    def extendMarkdown(self, md: Markdown) -> None:
        """Wrap ``getLink`` of the link and image patterns."""
        for name in ("link", "image_link"):
            if name not in md.inlinePatterns:
                continue
            processor = md.inlinePatterns[name]
            original = processor.getLink  # type: ignore[attr-defined]  # LinkInlineProcessor's, not on the base

            def get_link(data: str, index: int,
                         _original: Callable[[str, int], tuple[str, str | None, int, bool]]
                         = original) -> tuple[str, str | None, int, bool]:
                href, title, end, handled = _original(data, index)
                # getLink has already turned placeholders into text: look at what it read.
                # (An unclosed title also makes it answer "handled" with an end of -1.)
                if handled and (end < 0 or _PLACEHOLDER_START in data[index:end]):
                    return href, title, end, False
                return href, title, end, handled

            processor.getLink = get_link  # type: ignore[attr-defined]  # as above


class HostileGuard(Extension):
    """Run ``guard_markdown`` on the source, after whitespace is normalised, before parsing.

    As a preprocessor it can stash plain blocks' HTML (Python-Markdown strips the stash's
    STX/ETX markers from the text it is given).
    """

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the guard right after ``normalize_whitespace`` (30)."""
        md.preprocessors.register(_GuardPreprocessor(md), "editorberita_guard", 29)


class _GuardPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        guarded = guard_markdown(text, self.md.htmlStash.store)
        return lines if guarded is text else guarded.split("\n")
