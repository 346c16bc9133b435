"""Indonesian spell checking: which words of a Markdown line to check, and the checker itself.

The LibreOffice Indonesian Hunspell dictionary (``resources/dictionaries/id_ID.*``, LGPL-3) is
read by ``spylls``, a pure-Python Hunspell: no system library, the same on every platform.
Loading takes about half a second and a suggestion about 0.2 s; being pure Python, that work
would hold the window's GIL even on a thread, so the window runs the checker in a child process
(``core.spellworker``); a lookup is about 0.5 ms and its answer is cached per word. Besides the
dictionary the checker accepts the bundled newsroom seed list (``redaksi.txt``), the desk's
own word list (kept in the database by the store) and the words ignored in this session.
Pure Python: may import ``core.paths`` and spylls.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from editorberita.core.paths import resource
from editorberita.core.stemmer import dictionary_roots, find_root

DICTIONARY_NAME = "id_ID"
SEED_NAME = "redaksi.txt"
MAX_SUGGESTIONS = 7
MAX_WORD_LENGTH = 60  # longer "words" are codes or pasted junk; Hunspell would crawl on them

# A word: letters, with inner hyphens or apostrophes ("kerja-kerja", "Jum'at", "Qur’an").
# Letters only: superscript and subscript digits end a word, so "km²" is checked as "km".
_LETTER = r"[^\W\d_\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]"
WORD = re.compile(rf"{_LETTER}+(?:[-'’]{_LETTER}+)*")
# Parts of a Markdown line that are not prose: inline code, link and image addresses, autolinks,
# bare URLs and domains, e-mail addresses, HTML tags and entities, footnote and reference labels,
# and any token holding a digit ("Rp50.000", "2024", "H1N1", "08.30").
_SKIP = re.compile(
    r"""(`+).*?\1                                  # inline code
      | \]\([^)]*\)                                # link or image address "](...)"
      | ^\s{0,3}\[[^\]]+\]:\s*\S+                  # reference definition "[1]: http://"
      | \[\^[^\]]*\]                               # footnote label "[^1]"
      | <[^>\s]+>                                  # autolink or HTML tag
      | &\#?\w+;                                   # HTML entity
      | (?:https?|ftp)://\S+ | www\.\S+            # bare URLs
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+               # e-mail addresses
      | \b[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|go\.id|co\.id|ac\.id|or\.id|info|io)\b
      | \S*\d\S*                                   # tokens with digits
    """, re.VERBOSE | re.IGNORECASE)


@dataclass(frozen=True)
class WordSpan:
    """One word of a line to check: where it starts, where it ends, and the word."""

    start: int
    end: int
    word: str


def check_spans(line: str) -> Iterator[WordSpan]:
    """Yield the words of one Markdown line that spell checking looks at.

    Markdown syntax (markers, code, link addresses), URLs, e-mail addresses, numbers and
    words in capitals (acronyms such as DPRD or BPBD) are left out.
    """
    skipped = [(m.start(), m.end()) for m in _SKIP.finditer(line)]
    index = 0
    for match in WORD.finditer(line):
        start, end = match.span()
        while index < len(skipped) and skipped[index][1] <= start:
            index += 1
        if index < len(skipped) and skipped[index][0] < end:
            continue
        word = match.group()
        if len(word) > 1 and word.isupper():
            continue  # acronym
        if len(word) > MAX_WORD_LENGTH:
            continue
        yield WordSpan(start, end, word)


def dictionary_folder() -> Path:
    """Return the folder holding the bundled dictionary and seed list."""
    return resource("dictionaries")


def read_word_list(path: Path) -> list[str]:
    """Return the words of a one-word-per-line list ("#" starts a comment)."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


class SpellChecker:
    """Hunspell lookups plus the desk's words and the session's ignore list, cached per word.

    The window uses it through ``core.spellworker`` (a child process); tests use it directly.
    spylls only reads its tables and the caches are plain dict assignments, so ``check`` and
    ``suggest`` may run on different threads.
    """

    def __init__(self, folder: Path | None = None, extra_words: Iterable[str] = (),
                 *, seed: bool = True, derived: bool = True) -> None:
        from spylls.hunspell import Dictionary

        folder = folder or dictionary_folder()
        self._dictionary = Dictionary.from_files(str(folder / DICTIONARY_NAME))
        self._exact: set[str] = set()
        self._folded: set[str] = set()  # every added word in lowercase: desk words ignore case
        self._roots = dictionary_roots(folder) if derived else frozenset()
        self._ignored: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._lock = threading.Lock()
        if seed and (folder / SEED_NAME).exists():
            self.add_words(read_word_list(folder / SEED_NAME))
        self.add_words(extra_words)

    # ---------------------------------------------------------------- words

    def add_words(self, words: Iterable[str]) -> None:
        """Accept these words from now on (desk list, seed list)."""
        with self._lock:
            for word in words:
                word = word.strip()
                if not word:
                    continue
                self._exact.add(word)
                self._folded.add(word.lower())
            self._cache = {}

    def remove_word(self, word: str) -> None:
        """Stop accepting a word added with ``add_words`` (the dictionary's own stay)."""
        with self._lock:
            self._exact.discard(word)
            self._folded = {w.lower() for w in self._exact}
            self._cache = {}

    def ignore(self, word: str) -> None:
        """Accept this exact word until the checker is thrown away (the session's "Abaikan")."""
        self._ignored.add(word)
        self._cache.pop(word, None)

    def _extra(self, word: str) -> bool:
        """Return True when the word is one of the added words, in any case.

        A desk word added from a headline ("Literasi") also accepts "literasi" and "LITERASI":
        editors add words as they meet them, not in their dictionary form.
        """
        return word in self._ignored or word.lower() in self._folded

    # ---------------------------------------------------------------- check

    def check(self, word: str) -> bool:
        """Return True when the word is spelt correctly (cached)."""
        known = self._cache.get(word)
        if known is None:
            known = self._extra(word) or self._lookup(word)
            self._cache[word] = known
        return known

    def known(self, word: str) -> bool | None:
        """Return the cached answer for a word, or None when it has not been looked up yet."""
        return self._cache.get(word)

    def _lookup(self, word: str) -> bool:
        if self._dictionary.lookup(word):
            return True
        normal = word.replace("’", "'")
        if normal != word and self._dictionary.lookup(normal):
            return True
        if "-" in word:  # reduplication and compounds: "kupu-kupu", "anak-anak", "Serba-serbi"
            return all(self.check(part) for part in word.split("-") if part)
        return self._derived(word)

    def _derived(self, word: str) -> bool:
        """Return True for a derived form of a known root the dictionary does not list.

        The dictionary gives each root only some of the affixes it takes ("fokus" has no
        "difokuskan"); ``core.stemmer`` strips Indonesian affixes and the remaining root must be
        a dictionary stem or an added word ("antarkecamatan", "Pemprov" + "-nya").
        """
        if not self._roots or (word != word.lower() and word != word.capitalize()):
            return False

        def known(root: str) -> bool:
            return root != lower and (root in self._roots or root in self._folded)

        lower = word.lower()
        return find_root(lower, known) is not None

    def misspelt(self, line: str) -> list[WordSpan]:
        """Return the misspelt words of one Markdown line."""
        return [span for span in check_spans(line) if not self.check(span.word)]

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Return corrections for a misspelt word, best first (slow: about 0.2 s)."""
        found: list[str] = []
        for suggestion in self._dictionary.suggest(word.replace("’", "'")):
            if suggestion not in found:
                found.append(suggestion)
            if len(found) >= limit:
                break
        return found

    def cache_size(self) -> int:
        """Return how many words have a cached answer (for tests and benchmarks)."""
        return len(self._cache)
