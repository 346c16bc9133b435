"""The editors' search syntax, one reading for every engine: words, "phrases" and prefix*.

Each dialect turns these terms into its own query language (FTS5 MATCH, tsquery); only
letters and digits ever reach it, so operators or SQL typed by a user are plain text.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORDCHARS = re.compile(r"[^\W_]+", re.UNICODE)


def editor_terms(typed: str) -> list[tuple[list[str], bool]]:
    """Return the terms of a search: (words of one word or phrase, is a prefix).

    Words are matched as words, "quoted phrases" as phrases and ``word*`` as a prefix (of
    the last word part: ``e-mail*`` is "e" and prefix "mail").
    """
    terms: list[tuple[list[str], bool]] = []
    for phrase, word in _TOKEN.findall(typed):
        if phrase:
            words = _WORDCHARS.findall(phrase)
            if words:
                terms.append((words, False))
            continue
        parts = _WORDCHARS.findall(word)
        for part in parts:
            terms.append(([part], False))
        if word.endswith("*") and parts:
            terms[-1] = (terms[-1][0], True)
    return terms
