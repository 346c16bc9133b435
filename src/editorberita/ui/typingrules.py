"""What typing does in prose, as a word processor user expects: curly quotes and Enter.

Pure text rules with no Qt, so they are tested on strings: ``curl_quote`` picks the curly form
of a typed quote, ``paragraph_break`` says what Enter inserts (a blank line in prose, the next
list marker in a list), and the patterns say where a quote must stay straight.
"""

from __future__ import annotations

import re

# Where a typed quote must stay straight: inside inline code, a link address, an autolink or URL.
LINK_ADDRESS = re.compile(r"\]\([^)\s]*$")
AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:[^>\s]*$")
URL_TAIL = re.compile(r"(?:https?://|www\.|mailto:)\S*$", re.IGNORECASE)
# A list item or quote line, for Enter: its marker continues on the next line.
LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)"
                       r"(?:(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<delim>[.)]))"
                       r"(?P<space>[ \t]+)(?P<task>\[[ xX]\][ \t]+)?")
QUOTE_LINE = re.compile(r"^[ ]{0,3}>[ ]?")
TABLE_ROW = re.compile(r"^\s*\|")
FENCE_LINE = re.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})")
# Shift+Enter: a Markdown hard line break (two trailing spaces work in Python-Markdown and Hugo).
HARD_BREAK = "  \n"
OPENERS = frozenset(" \t\u00a0([{<\u2013\u2014/-\u201c\u2018")
CURLY = {'"': ("\u201c", "\u201d"), "'": ("\u2018", "\u2019")}


def curl_quote(straight: str, before: str) -> str:
    """Return the curly form of a quote typed after the character ``before``."""
    opening, closing = CURLY[straight]
    if before == "" or before in OPENERS:
        return opening
    return closing  # after a letter this is also the apostrophe: "it's", "Jum’at"


def paragraph_break(line_before: str, line_after: str, *, in_code: bool) -> tuple[str, int]:
    """Return what Enter inserts, as a word processor user expects, and how much to delete.

    ``line_before``/``line_after`` are the current line's text either side of the cursor.
    Prose gets a blank line (a new paragraph in Markdown); code, tables and blank lines get
    one newline; a list item or quote continues with its marker, and an empty one ends it
    (its marker is deleted: the returned count of characters before the cursor).
    """
    if in_code or TABLE_ROW.match(line_before):
        return "\n", 0
    if not line_before.strip():
        return "\n", 0
    item = LIST_ITEM.match(line_before)
    if item:
        if not line_before[item.end():].strip() and not line_after.strip():
            return "\n", len(line_before)  # Enter on an empty item ends the list
        number = item.group("number")
        marker = (item.group("bullet") if number is None
                  else f"{int(number) + 1}{item.group('delim')}")
        task = "[ ] " if item.group("task") else ""
        return f"\n{item.group('indent')}{marker}{item.group('space')}{task}", 0
    quote = QUOTE_LINE.match(line_before)
    if quote:
        if not line_before[quote.end():].strip() and not line_after.strip():
            return "\n", len(line_before)  # Enter on an empty quote line ends the quote
        return "\n>\n> ", 0
    return "\n\n", 0
