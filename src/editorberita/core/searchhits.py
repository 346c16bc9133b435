"""Where a search result matched: a short snippet of the article with the found words marked.

The article list shows it under each result, so an editor sees why a story came up. A word
counts as found when it is a searched word, starts with a searched prefix (``samar*``), or has
the same root (``core.stemmer``: "mengungsi" marks "pengungsian"), the same rules as the
search itself. Markdown markers are dropped first. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from editorberita.core.stemmer import default_stemmer

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_MARKDOWN = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|[*_#>`|~]+|<[^>]+>")
_SPACE = re.compile(r"\s+")
SNIPPET_WORDS = 14  # about one line of the article list at 1366×768, with room to elide
CONTEXT_WORDS = 2  # words shown before the first match: the list pane is narrow


@dataclass(frozen=True)
class Term:
    """One searched word: its lowercase form, whether it is a prefix, its root."""

    text: str
    prefix: bool
    root: str


def search_terms(query: str, stem: Callable[[str], str] | None = None) -> list[Term]:
    """Return the words of a search as typed ("phrases" split into their words)."""
    stem = stem or default_stemmer().stem
    terms = []
    for phrase, word in _TOKEN.findall(query):
        prefix = not phrase and word.endswith("*")
        for part in _WORD.findall(phrase or word):
            lower = part.lower()
            terms.append(Term(lower, prefix, stem(lower)))
    return terms


def _matches(word: str, terms: list[Term], stem: Callable[[str], str]) -> bool:
    lower = word.lower()
    for term in terms:
        if lower == term.text or (term.prefix and lower.startswith(term.text)):
            return True
    roots = {t.root for t in terms if not t.prefix}
    return bool(roots) and stem(lower) in roots


def snippet(texts: list[str], query: str, words: int = SNIPPET_WORDS,
            stem: Callable[[str], str] | None = None) -> list[tuple[str, bool]]:
    """Return the first passage of ``texts`` holding a searched word, as (text, marked) parts.

    ``texts`` are tried in order (lead, then body; the headline is shown anyway). The passage
    starts a few words before the first match; "…" shows it was cut. Empty when no word of the
    texts matches (the article matched on its tags).
    """
    stem = stem or default_stemmer().stem
    terms = search_terms(query, stem)
    if not terms:
        return []
    for text in texts:
        plain = _MARKDOWN.sub(lambda m: m.group(1) or " ", text or "")
        found = list(_WORD.finditer(plain))
        hits = [i for i, m in enumerate(found) if _matches(m.group(), terms, stem)]
        if not hits:
            continue
        first = max(0, hits[0] - CONTEXT_WORDS)
        last = min(len(found), first + words)
        parts: list[tuple[str, bool]] = [("… ", False)] if first > 0 else []
        position = found[first].start()
        for i in range(first, last):
            match = found[i]
            parts.append((_SPACE.sub(" ", plain[position:match.start()]), False))
            parts.append((match.group(), i in hits))
            position = match.end()
        if last < len(found):
            parts.append((" …", False))
        return _merged(parts)
    return []


def _merged(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Join neighbouring parts with the same marking (fewer pieces to draw)."""
    out: list[tuple[str, bool]] = []
    for text, marked in parts:
        if not text:
            continue
        if out and out[-1][1] == marked:
            out[-1] = (out[-1][0] + text, marked)
        else:
            out.append((text, marked))
    return out
